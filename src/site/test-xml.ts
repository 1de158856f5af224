/**
 * A strict little XML reader for the src/site tests: it throws on anything not well-formed, so
 * "it parses" means something, and it decodes text so assertions compare against the original strings.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /[A-Za-z_][\w.:-]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed at ${at}: ${message} near ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (/\s/.test(source[at] ?? '')) at += 1;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const decode = (raw: string): string => {
    // XML 1.0 allows tab, line feed and carriage return of the C0 controls, and no other.
    if ([...raw].some((char) => char < ' ' && !'\t\n\r'.includes(char))) fail('control character');
    if (raw.includes(']]>')) fail(']]> in text');
    return raw.replace(/&([^;]*);|&/g, (whole, entity: string | undefined) => {
      if (entity === undefined) return fail('bare &');
      const numeric = /^#(?:x([0-9A-Fa-f]+)|(\d+))$/.exec(entity);
      if (numeric) return String.fromCodePoint(parseInt(numeric[1] ?? numeric[2] ?? '', numeric[1] ? 16 : 10));
      return PREDEFINED[entity] ?? fail(`unknown entity ${whole}`);
    });
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else return;
    }
  };
  const readElement = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at += 1;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [] };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      const attribute = readName();
      if (attribute in attributes) fail(`duplicate attribute ${attribute}`);
      skipSpace();
      if (source[at] !== '=') fail('expected =');
      at += 1;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") return fail('expected a quoted value');
      const end = source.indexOf(quote, at + 1);
      if (end < 0) fail('unclosed attribute');
      const raw = source.slice(at + 1, end);
      if (raw.includes('<')) fail('< in attribute');
      attributes[attribute] = decode(raw);
      at = end + 1;
    }
    const children: XmlNode[] = [];
    for (;;) {
      if (at >= source.length) fail(`unclosed <${name}>`);
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        skipSpace();
        if (source[at] !== '>') fail('expected >');
        at += 1;
        return { name, attributes, children };
      }
      if (source.startsWith('<!--', at)) {
        skipMisc();
        continue;
      }
      if (source[at] === '<') {
        children.push(readElement());
        continue;
      }
      const next = source.indexOf('<', at);
      const end = next < 0 ? source.length : next;
      children.push(decode(source.slice(at, end)));
      at = end;
    }
  };

  if (source.startsWith('<?xml', at)) {
    const end = source.indexOf('?>', at);
    if (end < 0) fail('unclosed declaration');
    at = end + 2;
  }
  skipMisc();
  const root = readElement();
  skipMisc();
  if (at !== source.length) fail('content after the root element');
  return root;
}

export const childElements = (parent: XmlElement, name: string): XmlElement[] =>
  parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
export const textOf = (node: XmlNode): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
export function onlyChild(parent: XmlElement, name: string): XmlElement {
  const [first, ...rest] = childElements(parent, name);
  if (!first || rest.length > 0) throw new Error(`<${parent.name}> should have exactly one <${name}>`);
  return first;
}
export const childText = (parent: XmlElement, name: string): string => textOf(onlyChild(parent, name));
