import type { View } from './view-schema.ts';

/**
 * A prerendered page's markup already holds its longest texts: an article's paragraphs, and each
 * list entry's first sentence. The view the page embeds leaves them out, and the app reads them
 * back from the markup (the page itself when it hydrates, or a page fetched for a navigation), so
 * no text is in a document twice. Each such element holds its text as one text node, so the
 * markup gives back exactly what the view had.
 */

/** On each paragraph of an article's text, with its position from 0. */
export const PARAGRAPH_ATTRIBUTE = 'data-paragraph';
/** On the element that shows a list entry's first sentence. */
export const EXCERPT_ATTRIBUTE = 'data-excerpt';

export const excerptAttributes = { [EXCERPT_ATTRIBUTE]: '' };

/** Set on an embedded view whose texts are in the markup. */
const TEXT_IN_MARKUP = 'textInMarkup';

type Embedded = Record<string, unknown>;

const withoutExcerpt = <T extends { excerpt: string }>({ excerpt: _excerpt, ...rest }: T) => rest;

/** The view as a page embeds it: without the texts its markup shows. */
export function embeddedForm(view: View): Embedded {
  switch (view.kind) {
    case 'article': {
      const { paragraphs: _paragraphs, ...article } = view.article;
      return { ...view, article, [TEXT_IN_MARKUP]: true };
    }
    case 'list':
      return { ...view, articles: view.articles.map(withoutExcerpt), [TEXT_IN_MARKUP]: true };
    case 'edition': {
      const pages = view.pages.map((page) => ({ ...page, articles: page.articles.map(withoutExcerpt) }));
      return { ...view, pages, [TEXT_IN_MARKUP]: true };
    }
    default:
      return view;
  }
}

/**
 * The whole view from what a page embeds (freshly parsed, so filled in place) and the page's
 * markup (its root element, or the fetched page parsed), which is only asked for when needed.
 */
export function wholeView(embedded: unknown, pageMarkup: () => ParentNode): View {
  const view = embedded as View & { [TEXT_IN_MARKUP]?: true };
  if (!view?.[TEXT_IN_MARKUP]) return view;
  delete view[TEXT_IN_MARKUP];
  const markup = pageMarkup();
  const texts = (attribute: string) =>
    Array.from(markup.querySelectorAll(`[${attribute}]`), (element) => element.textContent ?? '');
  if (view.kind === 'article') {
    view.article.paragraphs = texts(PARAGRAPH_ATTRIBUTE);
    if (view.article.paragraphs.length === 0) throw new Error(`the page's markup has no [${PARAGRAPH_ATTRIBUTE}]`);
    return view;
  }
  const entries =
    view.kind === 'list' ? view.articles : view.kind === 'edition' ? view.pages.flatMap((page) => page.articles) : [];
  const excerpts = texts(EXCERPT_ATTRIBUTE);
  if (excerpts.length !== entries.length) {
    throw new Error(`the page's markup has ${excerpts.length} [${EXCERPT_ATTRIBUTE}] for ${entries.length} entries`);
  }
  entries.forEach((entry, index) => {
    entry.excerpt = excerpts[index] ?? '';
  });
  return view;
}
