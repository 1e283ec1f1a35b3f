import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianProgram } from './debian-package.ts';

export interface TestCertificate {
  key: string;
  cert: string;
  /** The Chromium flag that trusts this certificate, and no other. */
  browserArg: string;
}

const made = new Map<string, TestCertificate>();

/**
 * A self-signed certificate for `host` (a name, or 127.0.0.1), made once per
 * process with Debian's OpenSSL, installed like Chromium when missing. Good
 * for two days; its files never leave the temporary folder they are made in.
 */
export function testCertificate(host: string): TestCertificate {
  const known = made.get(host);
  if (known) return known;
  const openssl = ensureDebianProgram({ path: '/usr/bin/openssl', name: 'OpenSSL', packages: ['openssl'] });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-tls-'));
  try {
    const keyFile = path.join(folder, 'key.pem');
    const certFile = path.join(folder, 'cert.pem');
    const name = /^[\d.]+$/.test(host) ? `IP:${host}` : `DNS:${host}`;
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${host}`, '-addext', `subjectAltName=${name}`, '-keyout', keyFile, '-out', certFile];
    const result = spawnSync(openssl, args, { encoding: 'utf8' });
    if (result.error || result.status !== 0) throw new Error(`openssl could not make a certificate for ${host} (${result.error?.message ?? result.stderr.trim()})`);
    const cert = fs.readFileSync(certFile, 'utf8');
    const certificate = { key: fs.readFileSync(keyFile, 'utf8'), cert, browserArg: `--ignore-certificate-errors-spki-list=${spkiHash(cert)}` };
    made.set(host, certificate);
    return certificate;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** How Chromium names a certificate it is told to trust: the SHA-256 of its public key, in base64. */
function spkiHash(cert: string): string {
  return createHash('sha256').update(createPublicKey(cert).export({ type: 'spki', format: 'der' })).digest('base64');
}
