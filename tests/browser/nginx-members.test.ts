import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, removeTemporaryFolders } from '../support/astro-build.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';

/**
 * `gate.mode: host` behind a real nginx with the generated rules and
 * auth_basic, as docs/hosting.md tells companies to set it up: no spelling of
 * the members-only folder's address may get past the login.
 */
const MEMBERS_ONLY_TEXT = 'Hold both buttons for nine seconds';
const USER = 'member';
const PASSWORD = 'correct horse battery staple';
let nginx: NginxServer;
let siteRoot: string;
let outDir: string;

beforeAll(async () => {
  const contentDir = copyContent('tests/fixtures/valid/content');
  const settings = fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8').replace('  audiences: [loyal]', '  audiences: [loyal]\n  mode: host');
  fs.writeFileSync(path.join(contentDir, 'site.yaml'), settings);
  siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-site-root-'));
  outDir = path.join(siteRoot, 'help');
  const build = buildSite({ contentDir, base: '/help/', outDir, env: { FAQ_ACCESS_CODES: '' } });
  expect(build.status, build.output).toBe(0);
  const htpasswd = path.join(siteRoot, 'members.htpasswd');
  fs.writeFileSync(htpasswd, `${USER}:{SHA}${crypto.createHash('sha1').update(PASSWORD).digest('base64')}\n`);
  // The snippet names the usual place of the password file; this test keeps its own.
  const rules = path.join(siteRoot, 'rules.conf');
  fs.writeFileSync(rules, fs.readFileSync(path.join(outDir, 'nginx-headers.conf'), 'utf8').replaceAll('/etc/nginx/faq-members.htpasswd', htpasswd));
  nginx = await startNginx(siteRoot, rules);
});

afterAll(async () => {
  await nginx?.stop();
  if (siteRoot) fs.rmSync(siteRoot, { recursive: true, force: true });
  removeTemporaryFolders();
});

/** A request with the path exactly as written: no client-side normalization of `./`, `//` or `%6D`. */
function get(rawPath: string, credentials = false): Promise<{ status: number; location?: string; body: string }> {
  const { port } = new URL(nginx.url);
  const headers: Record<string, string> = credentials ? { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` } : {};
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const SPELLINGS = [
  '/help/members',
  '/help/members/',
  '/help/members/index.html',
  '/help/members/q/widget-tuning/',
  '/help/members/q/widget-tuning/index.html',
  '/help/members/_search/en/index.json',
  '/help/Members/',
  '/help/MEMBERS',
  '/help/%6Dembers/',
  '/help/%6dembers',
  '/help/members%2F',
  '/help/members%2Findex.html',
  '//help//members/',
  '/help//members',
  '/help/./members/',
  '/help/zh/../members/',
  '/help/members/./q/widget-tuning/',
];

describe('the members-only folder behind nginx (gate.mode: host)', () => {
  it('asks for the login at every spelling of its address, never showing a members-only question', async () => {
    const answers = await Promise.all(SPELLINGS.map(async (spelling) => [spelling, await get(spelling)] as const));
    expect(answers.filter(([, answer]) => answer.status !== 401).map(([spelling, answer]) => `${spelling}: HTTP ${answer.status}`)).toEqual([]);
    expect(answers.filter(([, answer]) => answer.body.includes('widget-tuning') || answer.body.includes(MEMBERS_ONLY_TEXT)).map(([spelling]) => spelling)).toEqual([]);
  });

  it('has no members-only page in another language’s folder either', async () => {
    for (const spelling of ['/help/zh/members', '/help/zh/members/', '/help/zh/members/index.html']) {
      const answer = await get(spelling);
      expect([401, 404], `${spelling}: HTTP ${answer.status}`).toContain(answer.status);
      expect(answer.body).not.toContain('widget-tuning');
    }
  });

  it('opens with the login, and leaves public pages public', async () => {
    const list = await get('/help/members', true);
    expect(list.status).toBe(200);
    expect(list.body).toContain('/help/members/q/widget-tuning/');
    const answer = await get('/help/members/q/widget-tuning/', true);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(MEMBERS_ONLY_TEXT);
    expect(answer.body).toContain('<meta name="robots" content="noindex">');
    const home = await get('/help/');
    expect(home.status).toBe(200);
    expect(home.body).not.toContain('widget-tuning');
    expect((await get('/help/q/return-window/')).status).toBe(200);
  });

  it('writes Netlify rules that guard the folder with and without its slash', () => {
    const rules = fs.readFileSync(path.join(outDir, '_redirects'), 'utf8').split('\n');
    expect(rules).toEqual(expect.arrayContaining(['/help/members  200!  Role=member', '/help/members/*  200!  Role=member', '/help/members  /help/login/  401!', '/help/members/*  /help/login/  401!']));
    const headers = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
    for (const rule of ['/help/members', '/help/members/*']) expect(headers).toContain(`\n${rule}\n  Cache-Control: private, no-store\n  X-Robots-Tag: noindex\n`);
  });
});
