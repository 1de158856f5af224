/**
 * The site's Content-Security-Policy. The `_headers` file sends it and every page repeats it in a
 * `<meta http-equiv>` tag, so hosts that ignore `_headers` still enforce it. Everything is
 * same-origin; the one inline element allowed is the prerendered pages' stylesheet, by its hash.
 */
export function contentSecurityPolicy({
  styleHashes = [],
  asHeader = false,
}: {
  styleHashes?: string[];
  /** frame-ancestors only works in a header (a <meta> policy may not carry it). */
  asHeader?: boolean;
} = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
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

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
