/** Escaping text for the XML and HTML files the build writes. */

/** Characters XML 1.0 forbids outright (controls, lone surrogates, U+FFFE/FFFF); escaping cannot save them. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** &apos; is not an HTML 4 entity, so HTML gets the numeric form that every reader knows. */
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** Text that is safe both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

export function escapeHtml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** The first line of every XML file the site publishes (sitemap.xml, feed.xml). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
