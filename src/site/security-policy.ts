/**
 * The site's Content-Security-Policy. The `_headers` file sends it and every page repeats it in a
 * `<meta http-equiv>` tag, so hosts that ignore `_headers` still enforce it. Everything is
 * same-origin; the only inline element allowed is the script that applies the reader's settings
 * before the first paint, by its hash. The stylesheet is a file: see docs/architecture.md.
 */
export function contentSecurityPolicy({
  scriptHashes = [],
  asHeader = false,
}: InlineHashes & {
  /** frame-ancestors only works in a header (a <meta> policy may not carry it). */
  asHeader?: boolean;
} = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(asHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** Hashes ("sha256-…") of the inline scripts a page carries. */
export interface InlineHashes {
  scriptHashes?: string[];
}
