import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianProgram } from './debian-package.ts';

export interface Certificate {
  key: string;
  cert: string;
}

let made: Certificate | undefined;

/**
 * A self-signed certificate for 127.0.0.1, made once per process with
 * Debian's OpenSSL (installed like Chromium when missing): browsers speak
 * HTTP/2 only over TLS, and the hosts readers meet speak HTTP/2. A browser
 * accepts it when told to ignore certificate errors; it is good for two days
 * and never leaves the temporary folder it is made in.
 */
export function localhostCertificate(): Certificate {
  if (made) return made;
  const openssl = ensureDebianProgram({ path: '/usr/bin/openssl', name: 'OpenSSL', packages: ['openssl'] });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-tls-'));
  try {
    const key = path.join(folder, 'key.pem');
    const cert = path.join(folder, 'cert.pem');
    const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert];
    const result = spawnSync(openssl, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`openssl could not make a certificate for 127.0.0.1 (exit ${result.status}): ${result.stderr}`);
    made = { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') };
    return made;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
