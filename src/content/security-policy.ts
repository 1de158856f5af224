/**
 * The one Content-Security-Policy of the site. The `_headers` file sends it and the HTML
 * `<meta http-equiv>` tag can repeat it, so hosts that ignore `_headers` still enforce it.
 * Everything is same-origin: the app ships its scripts, styles and data files itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
