/**
 * What a journey points at, the way a reader or a screen reader would name it: a role and an
 * accessible name, optionally inside another such thing. Every engine resolves it with the same
 * function, run inside the page, so a journey reads the same in Chromium, WebKit and Firefox.
 */
export type Role =
  | 'article'
  | 'banner'
  | 'button'
  | 'checkbox'
  | 'dialog'
  | 'group'
  | 'heading'
  | 'link'
  | 'main'
  | 'navigation'
  | 'radio'
  | 'region'
  | 'searchbox'
  | 'status';

export interface Target {
  role: Role;
  /** A string matches the whole name (spaces collapsed); a RegExp matches part of it. */
  name?: string | RegExp;
  level?: number;
  within?: Target;
}

/** A Target as it crosses into the page (a RegExp does not survive JSON). */
export interface PageTarget {
  role: Role;
  name?: string | { source: string; flags: string };
  level?: number;
  within?: PageTarget;
}

export function toPageTarget({ role, name, level, within }: Target): PageTarget {
  return {
    role,
    ...(name === undefined
      ? {}
      : { name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } }),
    ...(level === undefined ? {} : { level }),
    ...(within ? { within: toPageTarget(within) } : {}),
  };
}

export function describeTarget({ role, name, within }: Target): string {
  const own = name === undefined ? role : `${role} "${String(name)}"`;
  return within ? `${own} in ${describeTarget(within)}` : own;
}

/**
 * Runs in the page (serialized with toString, so it uses nothing from outside): the visible elements
 * that have the role and name, in document order. A simplified accessible-name computation that covers
 * this app's markup: aria-labelledby, aria-label, <label>, <legend>, then the text that is not aria-hidden.
 */
export function findInPage(target: PageTarget): Element[] {
  const SELECTORS: Record<string, string> = {
    article: 'article,[role=article]',
    // The first is the page's own header (an article's header comes after it).
    banner: 'header,[role=banner]',
    button: 'button,[role=button],input[type=button],input[type=submit]',
    checkbox: 'input[type=checkbox],[role=checkbox]',
    dialog: 'dialog[open],[role=dialog]',
    group: 'fieldset,[role=group]',
    heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
    link: 'a[href],[role=link]',
    main: 'main,[role=main]',
    navigation: 'nav,[role=navigation]',
    radio: 'input[type=radio],[role=radio]',
    region: 'section[aria-label],section[aria-labelledby],[role=region]',
    searchbox: 'input[type=search],[role=searchbox]',
    status: 'output,[role=status]',
  };
  const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof HTMLImageElement) return node.alt;
    return [...node.childNodes].map(textOf).join('');
  };
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return collapse(
        labelledBy
          .split(/\s+/u)
          .map((id) => textOf(document.getElementById(id) ?? document.createElement('i')))
          .join(' '),
      );
    const label = element.getAttribute('aria-label');
    if (label) return collapse(label);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return collapse([...labels].map(textOf).join(' '));
    const legend = element instanceof HTMLFieldSetElement ? element.querySelector(':scope > legend') : null;
    return collapse(textOf(legend ?? element));
  };
  const visible = (element: Element) =>
    element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const matches = (element: Element, { role, name, level }: PageTarget): boolean => {
    const explicitRole = element.getAttribute('role');
    if (explicitRole && explicitRole !== role) return false;
    if (level !== undefined && element.tagName !== `H${level}` && element.getAttribute('aria-level') !== String(level))
      return false;
    if (name === undefined) return true;
    const actual = nameOf(element);
    return typeof name === 'string' ? actual === collapse(name) : new RegExp(name.source, name.flags).test(actual);
  };
  const find = (target: PageTarget): Element[] => {
    const scope: ParentNode | undefined = target.within ? find(target.within)[0] : document;
    const selector = SELECTORS[target.role] ?? `[role=${target.role}]`;
    return scope
      ? [...scope.querySelectorAll(selector)].filter((element) => visible(element) && matches(element, target))
      : [];
  };
  return find(target);
}
