import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianProgram } from './debian-package.ts';

const NGINX = '/usr/sbin/nginx';

/** Debian's nginx, installed like Chromium when missing (see `ensureDebianProgram`). */
export function ensureNginx(): string {
  return ensureDebianProgram({ path: NGINX, name: 'nginx', packages: ['nginx-light'] });
}

export interface NginxServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real nginx on 127.0.0.1 serving `siteRoot`, with the rules the build wrote
 * (`nginx-headers.conf` in the server, `nginx-redirects.conf` beside it in
 * `http` when given), exactly as the hosting guide tells companies to.
 */
export async function startNginx(siteRoot: string, includeFile: string, httpIncludeFile?: string): Promise<NginxServer> {
  const nginx = ensureNginx();
  const port = await freePort();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-nginx-'));
  const config = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(config, [
    'daemon off;',
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    `  access_log off;`,
    `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
    ...(httpIncludeFile ? [`  include ${httpIncludeFile};`] : []),
    `  server { listen 127.0.0.1:${port}; root ${siteRoot}; include ${includeFile}; }`,
    '}',
  ].join('\n'));
  const process_: ChildProcess = spawn(nginx, ['-p', prefix, '-c', config], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(port, process_, prefix);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      process_.kill('SIGQUIT');
      await new Promise((resolve) => process_.once('exit', resolve));
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, child: ChildProcess, prefix: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${fs.readFileSync(path.join(prefix, 'error.log'), 'utf8')}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('nginx did not start listening within 5 seconds');
}
