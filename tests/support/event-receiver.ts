import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EventBatch } from '../../src/core/events/reader-events.ts';
import { testCertificate } from './test-certificate.ts';

/** One request as the receiver got it, byte for byte. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A form back end of the kind `feedback.endpoint` and `ask.endpoint` name, on
 * 127.0.0.1. Sites only send to an https:// endpoint (site.yaml and the
 * Content-Security-Policy allow nothing else), so it speaks TLS with a
 * certificate made for the test, and Chromium is told to resolve the
 * endpoints' host name to it: the pages' requests really reach this server.
 * It answers as a form back end answers a page on another origin: JSON to a
 * script's request, a page of its own to a plain form's post.
 */
export interface EventReceiver {
  /** What site.yaml names as `feedback.endpoint`. */
  endpoint: string;
  /** What site.yaml names as `ask.endpoint`. */
  askEndpoint: string;
  /** Chromium flags that send the endpoints' host name to this server and trust its certificate (that one only). */
  browserArgs: string[];
  /** Every request so far, preflights included. */
  requests: ReceivedRequest[];
  /** The batches POSTed to the events endpoint so far, parsed. */
  batches(): EventBatch[];
  /** Every event of every batch so far, in order. */
  events(): Record<string, unknown>[];
  /** The questions POSTed to the ask endpoint so far. */
  questions(): ReceivedRequest[];
  /** Whether the ask endpoint answers with a server error, as a back end that is down does. */
  askFails: boolean;
  /** Forgets what was received, and answers again. */
  clear(): void;
  close(): Promise<void>;
}

const HOST = 'events.example';
const EVENTS_PATH = '/collect';
const ASK_PATH = '/ask';

/** The demo's site.yaml with both endpoints pointing at the receiver, for `sharedContent`. */
export function withReceiverEndpoints(content: string): void {
  fs.appendFileSync(path.join(content, 'site.yaml'), `feedback:\n  endpoint: https://${HOST}${EVENTS_PATH}\nask:\n  endpoint: https://${HOST}${ASK_PATH}\n`);
}

export async function startEventReceiver(): Promise<EventReceiver> {
  const { key, cert, browserArg } = testCertificate(HOST);
  const requests: ReceivedRequest[] = [];
  const posted = (pathname: string) => requests.filter((request) => request.method === 'POST' && request.path === pathname);
  const server = https.createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(received);
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type, accept' };
      if (received.method !== 'POST' || received.path === EVENTS_PATH) return response.writeHead(204, cors).end();
      if (receiver.askFails) return response.writeHead(500, { ...cors, 'Content-Type': 'application/json' }).end('{"error":"down"}');
      const form = String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded');
      response.writeHead(200, { ...cors, 'Content-Type': form ? 'text/html' : 'application/json' }).end(form ? '<!doctype html><title>Received</title><p>Received</p>' : '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const batches = () => posted(EVENTS_PATH).map((request) => JSON.parse(request.body) as EventBatch);
  const receiver: EventReceiver = {
    endpoint: `https://${HOST}${EVENTS_PATH}`,
    askEndpoint: `https://${HOST}${ASK_PATH}`,
    browserArgs: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`, browserArg],
    requests,
    batches,
    events: () => batches().flatMap((batch) => batch.events as unknown as Record<string, unknown>[]),
    questions: () => posted(ASK_PATH),
    askFails: false,
    clear() {
      requests.length = 0;
      receiver.askFails = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return receiver;
}
