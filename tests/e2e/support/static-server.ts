import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types of what an Astro build writes; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface ServeOptions {
  /** The built folder to serve, e.g. a `dist/`. */
  root: string;
  /** The sub-path the site lives under, e.g. `/help/`; default `/`. */
  base?: string;
}

export interface StaticServer {
  /** The site's address with its base: `http://127.0.0.1:41234/help/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 the way common static hosts do, so browser
 * tests see what visitors see: `index.html` for folders, `/x` redirected to
 * `/x/` when x is a folder, and the site's `404.html` with status 404.
 */
export async function serveStatic({ root, base = '/' }: ServeOptions): Promise<StaticServer> {
  const siteRoot = path.resolve(root);
  const basePath = normalizeBase(base);
  const server = http.createServer((request, response) => {
    respond(siteRoot, basePath, request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function respond(siteRoot: string, basePath: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return sendNotFound(siteRoot, request, response);
  }
  // The base without its slash (`/help`) is the site's home too, reached by a redirect.
  if (`${pathname}/` === basePath) return redirect(response, `${basePath}${url.search}`);
  if (!pathname.startsWith(basePath)) return sendNotFound(siteRoot, request, response);

  const file = path.join(siteRoot, pathname.slice(basePath.length));
  // `..` segments must never reach outside the served folder.
  if (file !== siteRoot && !file.startsWith(siteRoot + path.sep)) return sendNotFound(siteRoot, request, response);

  const stats = statOrNull(file);
  if (stats?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    const index = path.join(file, 'index.html');
    if (statOrNull(index)?.isFile()) return sendFile(request, response, 200, index);
    return sendNotFound(siteRoot, request, response);
  }
  if (stats?.isFile()) return sendFile(request, response, 200, file);
  sendNotFound(siteRoot, request, response);
}

function sendNotFound(siteRoot: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  const page = path.join(siteRoot, '404.html');
  if (statOrNull(page)?.isFile()) return sendFile(request, response, 404, page);
  response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.txt']! }).end(request.method === 'HEAD' ? undefined : 'Not found');
}

function sendFile(request: http.IncomingMessage, response: http.ServerResponse, status: number, file: string): void {
  const body = fs.readFileSync(file);
  response.writeHead(status, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    // Tests rebuild sites between runs; a cached asset would hide a change.
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(301, { Location: location }).end();
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** `help`, `/help` and `/help/` all mean `/help/`. */
function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
