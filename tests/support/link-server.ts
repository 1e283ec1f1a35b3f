import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A site on 127.0.0.1 whose pages answer every way a linked page can, so link checks never touch the real network. */
export interface LinkServer {
  origin: string;
  /** `HEAD /ok`, `GET /head-refused`… in the order they arrived. */
  requests: string[];
  userAgents: Set<string>;
  /** The most requests the server was answering at one time. */
  mostAtOnce: number;
  /** How long /slow keeps a request waiting before it answers. */
  slowMs: number;
  close(): Promise<void>;
}

export async function startLinkServer({ slowMs = 5_000 } = {}): Promise<LinkServer> {
  const timers = new Set<NodeJS.Timeout>();
  let atOnce = 0;
  const state: Omit<LinkServer, 'origin' | 'close'> = { requests: [], userAgents: new Set(), mostAtOnce: 0, slowMs };
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    state.requests.push(`${request.method} ${url}`);
    state.userAgents.add(request.headers['user-agent'] ?? '');
    atOnce += 1;
    state.mostAtOnce = Math.max(state.mostAtOnce, atOnce);
    response.on('close', () => (atOnce -= 1));
    const answer = (status: number, headers: Record<string, string> = {}) => response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : `status ${status}`);
    const later = (ms: number, then: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        then();
      }, ms);
      timers.add(timer);
    };
    const tooMany = /^\/too-many\/(\d+)$/.exec(url);
    if (url === '/ok' || url === '/ok?page=2') answer(200);
    else if (url === '/moved') answer(301, { location: '/ok' });
    else if (url === '/moved-to-missing') answer(302, { location: '/missing' });
    else if (url === '/missing') answer(404);
    else if (url === '/private') answer(403);
    else if (url === '/broken') answer(500);
    else if (url === '/limited') answer(429);
    else if (url === '/slow') later(state.slowMs, () => answer(200));
    else if (url === '/head-refused') answer(request.method === 'HEAD' ? 405 : 200);
    else if (url === '/loop-a') answer(302, { location: '/loop-b' });
    else if (url === '/loop-b') answer(302, { location: '/loop-a' });
    else if (tooMany) answer(302, { location: `/too-many/${Number(tooMany[1]) + 1}` });
    else if (url.startsWith('/hold/')) later(50, () => answer(200));
    else answer(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** An address where nothing listens: a port just given up by a server of our own. */
export async function refusedOrigin(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
