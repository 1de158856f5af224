/**
 * A plain static file server for a built site, behaving like GitHub Pages / `python3 -m http.server`:
 * no SPA fallback, so a route without a prerendered file is a real 404 (with dist/404.html as its body).
 * Used by the Playwright e2e tests and by scripts/bench-web.ts.
 *
 * Like GitHub Pages it answers a Range request with the bytes asked for (the search index is read so),
 * and it gzips text responses for clients that accept it (turn off with --no-gzip), so the
 * bench measures the bytes a real visitor downloads.
 *
 * With --spa-fallback it imitates a host that answers every unknown URL with index.html instead.
 *
 * Usage: tsx scripts/serve-static.ts <dir> [--port 4173] [--host 127.0.0.1] [--prefix /reader/] [--no-gzip] [--spa-fallback]
 */

import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../src/site/published-url.ts';

export interface StaticServerOptions {
  /** Folder to serve. */
  dir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** URL path the folder is mounted at, e.g. "/reader/". Requests outside it get 404. */
  prefix?: string;
  /** Gzip text responses when the client accepts it. Default true. */
  gzip?: boolean;
  /**
   * Behave like a host with a single-page fallback (Netlify's `/* /index.html 200`, `vite preview`,
   * an S3 error document): any URL without a file of its own, a folder without its trailing slash
   * included, gets the root index.html with status 200.
   */
  spaFallback?: boolean;
}

export interface StaticServer {
  /** Base URL including the prefix, e.g. "http://127.0.0.1:4173/reader/". */
  url: string;
  close(): Promise<void>;
}

const TEXT = '; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': `text/html${TEXT}`,
  '.htm': `text/html${TEXT}`,
  '.js': `text/javascript${TEXT}`,
  '.mjs': `text/javascript${TEXT}`,
  '.css': `text/css${TEXT}`,
  '.json': `application/json${TEXT}`,
  '.map': `application/json${TEXT}`,
  '.xml': `application/xml${TEXT}`,
  '.webmanifest': `application/manifest+json${TEXT}`,
  '.svg': `image/svg+xml${TEXT}`,
  '.txt': `text/plain${TEXT}`,
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function contentTypeFor(fileName: string): string {
  const base = path.basename(fileName).toLowerCase();
  // An Atom feed gets its own type so feed readers and browsers recognise it.
  if (base === 'feed.xml' || base === 'atom.xml') return `application/atom+xml${TEXT}`;
  return CONTENT_TYPES[path.extname(base)] ?? 'application/octet-stream';
}

function formatUrl(host: string, port: number, prefix: string): string {
  const hostPart = host.includes(':') ? `[${host}]` : host;
  return `http://${hostPart}:${port}${prefix}`;
}

type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

/**
 * Decodes the path below the prefix into safe segments, or null if it tries to escape the root.
 * Decoding per segment means an encoded "%2F" or "%2E%2E" cannot smuggle in a separator or "..".
 */
function decodeSegments(relPath: string): string[] | null | 'bad' {
  const segments: string[] = [];
  for (const raw of relPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 'bad';
    }
    if (segment === '..' || /[/\\\0]/.test(segment)) return null;
    if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments;
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Maps a request path (without query) to what to send back. */
async function resolveRequest(root: string, prefix: string, urlPath: string, query: string): Promise<Resolved> {
  // GitHub Pages redirects a project site's bare "/reader" to "/reader/".
  if (prefix !== '/' && `${urlPath}/` === prefix) return { kind: 'redirect', location: prefix + query };
  if (!urlPath.startsWith(prefix)) return { kind: 'not-found' };

  const segments = decodeSegments(urlPath.slice(prefix.length));
  if (segments === 'bad') return { kind: 'bad-request' };
  if (segments === null) return { kind: 'not-found' };
  const target = path.join(root, ...segments);
  // Belt and braces: the joined path must still be inside the root.
  if (target !== root && !target.startsWith(root + path.sep)) return { kind: 'not-found' };

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    // Collapse "//" so that "//host" cannot become a protocol-relative redirect to another site.
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath.replace(/\/{2,}/g, '/')}/${query}` };
    const index = path.join(target, 'index.html');
    const indexInfo = await statOrNull(index);
    return indexInfo?.isFile() ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  // "/file.js/" names a directory that does not exist: 404, as on GitHub Pages.
  if (info?.isFile() && !urlPath.endsWith('/')) return { kind: 'file', file: target };
  return { kind: 'not-found' };
}

interface Site {
  root: string;
  prefix: string;
  gzip: boolean;
  spaFallback: boolean;
}

function withSpaFallback(site: Site, resolved: Resolved): Resolved {
  if (!site.spaFallback || resolved.kind === 'file' || resolved.kind === 'bad-request') return resolved;
  return { kind: 'file', file: path.join(site.root, 'index.html') };
}

/** Text formats compress well; images, fonts and wasm are compressed already or barely shrink. */
function isCompressible(type: string): boolean {
  return type.includes('charset=') || type === 'application/wasm';
}

/**
 * Each body gzipped once, found again by its content: a host compresses a file once, not per
 * request, and the benches share two cores with this server.
 */
const gzipped = new Map<string, Buffer>();
const GZIP_CACHE_ENTRIES = 20_000;

function gzipOnce(body: Buffer): Buffer {
  const key = createHash('sha1').update(body).digest('base64');
  let compressed = gzipped.get(key);
  if (!compressed) {
    if (gzipped.size >= GZIP_CACHE_ENTRIES) gzipped.clear();
    compressed = gzipSync(body);
    gzipped.set(key, compressed);
  }
  return compressed;
}

/**
 * Sends a whole body, gzipped when worthwhile. Files are read into memory: fine for a built static site.
 * HEAD gets the same headers as GET, without the body.
 */
function sendBody(
  site: Site,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  extra: Record<string, string> = {},
): void {
  const headers: Record<string, string | number> = { 'Cache-Control': 'no-cache', 'Content-Type': type, ...extra };
  let payload = body;
  if (site.gzip && isCompressible(type)) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      payload = gzipOnce(body);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = payload.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/**
 * The bytes a `Range: bytes=a-b` header asks for, as static hosts read it: one range (open ends
 * allowed); anything else, such as several ranges, gets the whole file.
 */
export function requestedRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/u.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] ?? '', match[2] ?? ''];
  // "bytes=-n": the last n bytes.
  const start = first === '' ? Math.max(0, size - Number(last)) : Number(first);
  const end = first === '' || last === '' ? size : Math.min(size, Number(last) + 1);
  return start < end ? { start, end } : 'unsatisfiable';
}

/** A file, or the part of it a Range header asks for (sent as it is: a host does not compress a range). */
function sendFile(site: Site, req: IncomingMessage, res: ServerResponse, file: string, body: Buffer): void {
  const type = contentTypeFor(file);
  const range = requestedRange(req.headers.range, body.length);
  if (range === undefined) {
    sendBody(site, req, res, 200, type, body, { 'Accept-Ranges': 'bytes' });
    return;
  }
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${body.length}`, 'Content-Length': 0 });
    res.end();
    return;
  }
  const part = body.subarray(range.start, range.end);
  res.writeHead(206, {
    'Cache-Control': 'no-cache',
    'Content-Type': type,
    'Accept-Ranges': 'bytes',
    'Content-Range': `bytes ${range.start}-${range.end - 1}/${body.length}`,
    'Content-Length': part.length,
  });
  res.end(req.method === 'HEAD' ? undefined : part);
}

function sendPlain(
  site: Site,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  sendBody(site, req, res, status, contentTypeFor('x.txt'), Buffer.from(`${text}\n`), extra);
}

async function sendNotFound(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Read per request so a rebuild's new 404.html is picked up without a restart.
  const page = await readFile(path.join(site.root, '404.html')).catch(() => null);
  if (page) sendBody(site, req, res, 404, contentTypeFor('404.html'), page);
  else sendPlain(site, req, res, 404, '404 Not Found');
}

async function handle(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(site, req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  // Split by hand: new URL() would read a path like "//host/x" as another host.
  const rawUrl = req.url ?? '/';
  const queryAt = rawUrl.indexOf('?');
  const urlPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt);

  const resolved = withSpaFallback(site, await resolveRequest(site.root, site.prefix, urlPath, query));
  switch (resolved.kind) {
    case 'redirect':
      sendPlain(site, req, res, 301, `Moved Permanently: ${resolved.location}`, { Location: resolved.location });
      return;
    case 'bad-request':
      sendPlain(site, req, res, 400, 'Bad Request');
      return;
    case 'not-found':
      await sendNotFound(site, req, res);
      return;
    case 'file':
      sendFile(site, req, res, resolved.file, await readFile(resolved.file));
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts serving `dir`; resolves once listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.dir);
  const info = await statOrNull(root);
  if (!info?.isDirectory()) throw new Error(`not a directory: ${root}`);
  const site: Site = {
    root,
    prefix: normalizeBase(options.prefix ?? '/'),
    gzip: options.gzip ?? true,
    spaFallback: options.spaFallback ?? false,
  };
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    handle(site, req, res).catch(() => {
      // E.g. a file deleted between stat and read by a concurrent rebuild.
      if (!res.headersSent) sendPlain(site, req, res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0, host);

  return {
    url: formatUrl(host, port, site.prefix),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      prefix: { type: 'string', default: '/' },
      'no-gzip': { type: 'boolean', default: false },
      'spa-fallback': { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  const port = Number(values.port);
  if (dir === undefined || positionals.length > 1 || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      'usage: tsx scripts/serve-static.ts <dir> [--port 4173] [--host 127.0.0.1] [--prefix /] [--no-gzip] [--spa-fallback]',
    );
    process.exit(2);
  }
  const server = await startStaticServer({
    dir,
    port,
    host: values.host,
    prefix: values.prefix,
    gzip: !values['no-gzip'],
    spaFallback: values['spa-fallback'],
  });
  console.log(`serving ${dir} at ${server.url}`);

  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

// Only run as a CLI when executed directly, so the bench can import startStaticServer.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
