import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { testCertificate } from './test-certificate.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

export interface StaticServer {
  /** The site's address, base included: `http://127.0.0.1:port/help/` (`https://` with `http2`). */
  url: string;
  /** Every path requested so far, for tests that check what was (not) fetched. */
  requests: string[];
  /** Chromium flags the server needs: with `http2`, the one that trusts its certificate. */
  browserArgs: string[];
  /**
   * Answers every request `ms` later from now on, as a mobile network's round
   * trip would: for the page and for its service worker alike, which
   * Chromium's own network emulation leaves out.
   */
  setLatency(ms: number): void;
  /**
   * Sends each page up to the first `marker` at once and the rest `ms` later,
   * as a slow network delivers a long page: the browser may draw the part it
   * has. `null` sends pages whole again.
   */
  splitPages(split: PageSplit | null): void;
  close(): Promise<void>;
}

export interface PageSplit {
  /** The page is cut just before the first occurrence of this text. */
  marker: string;
  /** How long the second part waits. */
  ms: number;
  /** Leave out the page's render hold (`<link rel="expect" … blocking="render">`), as a browser that does not know it ignores it. */
  withoutRenderHold?: boolean;
}

export interface ServeOptions {
  /** Gzip text (HTML, CSS, JS, JSON…) for browsers that accept it, as hosts do: for figures of bytes on the wire. */
  gzip?: boolean;
  /**
   * Speak HTTP/2 over TLS, as the hosts readers meet do (GitHub Pages,
   * Netlify, Cloudflare, CloudFront): a page's requests then share one
   * connection, where over HTTP/1.1 Chromium opens six per host and queues
   * the rest. The certificate is made for the run: launch the browser with
   * the server's `browserArgs`.
   */
  http2?: boolean;
}

type Request = http.IncomingMessage | http2.Http2ServerRequest;
/** What the server says back, the same over HTTP/1.1 and HTTP/2. */
interface Response {
  writeHead(statusCode: number, headers?: http.OutgoingHttpHeaders): Response;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string | Uint8Array): unknown;
}

/**
 * Serves a built site the way static hosts do: index.html for folders, a
 * redirect to the trailing slash, and 404.html with status 404.
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  let latencyMs = 0;
  let pageSplit: PageSplit | null = null;
  const handle = (request: Request, response: Response) => {
    if (latencyMs > 0) setTimeout(() => answer(request, response), latencyMs);
    else answer(request, response);
  };
  const certificate = options.http2 ? testCertificate('127.0.0.1') : undefined;
  const server = certificate ? http2.createSecureServer({ key: certificate.key, cert: certificate.cert, allowHTTP1: true }, handle) : http.createServer(handle);
  const answer = (request: Request, response: Response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    const file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound(response);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      return send(response, path.join(file, 'index.html'), request);
    }
    if (fs.existsSync(file)) return send(response, file, request);
    notFound(response);
  };
  const notFound = (response: Response) => {
    const page = path.join(root, '404.html');
    response.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(fs.existsSync(page) ? fs.readFileSync(page) : 'Not found');
  };
  const send = (response: Response, file: string, request: Request) => {
    if (!fs.existsSync(file)) return notFound(response);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Binary files (pictures, and Pagefind's, which come compressed already) go as they are.
    const gzip = options.gzip === true && type !== 'application/octet-stream' && !type.startsWith('image/') && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const split = type === TYPES['.html'] && !gzip ? pageSplit : null;
    const body = split?.withoutRenderHold ? withoutRenderHold(fs.readFileSync(file)) : fs.readFileSync(file);
    const cut = split ? body.indexOf(split.marker) : -1;
    if (split && cut > 0) {
      response.writeHead(200, { 'Content-Type': type });
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), split.ms);
      return;
    }
    response.writeHead(200, { 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) }).end(gzip ? zlib.gzipSync(body) : body);
  };
  // An HTTP/2 server's close waits for its sessions, which a browser keeps open: closing ends them.
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session: http2.ServerHttp2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${certificate ? 'https' : 'http'}://127.0.0.1:${port}${base}`,
    requests,
    browserArgs: certificate ? [certificate.browserArg] : [],
    setLatency: (ms) => (latencyMs = ms),
    splitPages: (split) => (pageSplit = split),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
}

function withoutRenderHold(page: Buffer): Buffer {
  const hold = /<link rel="expect"[^>]*>/;
  const html = page.toString('utf8');
  if (!hold.test(html)) throw new Error('the page has no render hold (<link rel="expect">) to leave out');
  return Buffer.from(html.replace(hold, ''), 'utf8');
}
