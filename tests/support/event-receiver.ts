import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { EventBatch } from '../../src/core/events/reader-events.ts';

/** One request as the receiver got it, byte for byte. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A form back end of the kind `feedback.endpoint` names, on 127.0.0.1. Sites
 * only send events to an https:// endpoint (site.yaml and the
 * Content-Security-Policy allow nothing else), so it speaks TLS with a
 * certificate made for the test, and Chromium is told to resolve the
 * endpoint's name to it: the page's requests really reach this server.
 */
export interface EventReceiver {
  /** What site.yaml names as `feedback.endpoint`. */
  endpoint: string;
  /** Chromium flags that send the endpoint's host name to this server and trust its certificate (that one only). */
  browserArgs: string[];
  /** Every request so far, preflights included. */
  requests: ReceivedRequest[];
  /** The batches POSTed so far, parsed. */
  batches(): EventBatch[];
  close(): Promise<void>;
}

const HOST = 'events.example';

export async function startEventReceiver(): Promise<EventReceiver> {
  const { key, cert } = testCertificate(HOST);
  const requests: ReceivedRequest[] = [];
  const server = https.createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      // What a form back end answers a page on another origin.
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://${HOST}/collect`,
    browserArgs: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`, `--ignore-certificate-errors-spki-list=${spkiHash(cert)}`],
    requests,
    batches: () => requests.filter((request) => request.method === 'POST').map((request) => JSON.parse(request.body) as EventBatch),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How Chromium names a certificate it is told to trust: the SHA-256 of its public key, in base64. */
function spkiHash(cert: Buffer): string {
  return createHash('sha256').update(createPublicKey(cert).export({ type: 'spki', format: 'der' })).digest('base64');
}

/** A self-signed certificate for `host`, made with openssl for this run only. */
function testCertificate(host: string): { key: Buffer; cert: Buffer } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-event-receiver-'));
  try {
    const keyFile = path.join(folder, 'key.pem');
    const certFile = path.join(folder, 'cert.pem');
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`];
    const result = spawnSync('openssl', args, { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      throw new Error(`openssl could not make the test receiver's certificate (${result.error?.message ?? result.stderr.trim()}); install it with: apt-get install -y openssl`);
    }
    return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
