import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedOrigin, startLinkServer, type LinkServer } from '../support/link-server.ts';

let server: LinkServer;
let refused: string;
let scratch: string;
let contentDir: string;

beforeAll(async () => {
  server = await startLinkServer();
  refused = await refusedOrigin();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-check-links-'));
  contentDir = path.join(scratch, 'content');
  const o = server.origin;
  const files: Record<string, string> = {
    'site.yaml': [
      'title: Acme Help',
      `homepage: ${o}/ok`,
      'contact:',
      '  - kind: email',
      '    label: Email us',
      '    href: "mailto:help@acme.example"',
      '  - kind: form',
      '    label: Ask us',
      `    href: ${o}/missing`,
      'feedback:',
      // Only takes a POST: never asked.
      '  endpoint: https://forms.invalid/f/abc',
    ].join('\n'),
    'categories.yaml': '- id: orders\n  title: Orders\n',
    'products.yaml': `- id: widget\n  name: Widget\n  url: ${o}/moved-to-missing\n- id: gadget\n  name: Gadget\n  url: /gadget\n`,
    'faq/links.md': [
      '---',
      'question: Where do I read more?',
      'audience: new',
      'category: orders',
      'keywords: [guide]',
      '---',
      `Read [the guide](${o}/ok) and [the old guide](${o}/moved).`,
      `The manual at ${o}/head-refused is long,`,
      `and the archive at ${refused}/archive is gone.`,
      '',
      `- [Prices](${o}/limited)`,
      `- [Status](${o}/slow)`,
      `- [Terms](${o}/broken)`,
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, name), `${text}\n`);
  }
});
afterAll(async () => {
  await server.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Not spawnSync: the server answering the checks runs in this process, so it must keep running meanwhile. */
function check(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['src/cli/check.ts', '--today', '2026-11-23', ...args], { env: { ...process.env, CONTENT_DIR: contentDir } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('npm run check -- --links', () => {
  it('asks nothing over the network without --links', async () => {
    const result = await check('--links-cache', path.join(scratch, 'unused.json'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(server.requests).toEqual([]);
  });

  it('reports dead links in answers, site.yaml and products.yaml with file and line, and fails', async () => {
    const result = await check('--links', '--links-timeout', '2', '--links-cache', path.join(scratch, 'checked.json'));
    expect(result.stderr).toBe('Checking 9 external links over the network…\n');
    expect(result.status).toBe(1);
    const o = server.origin;
    const prefix = path.relative(process.cwd(), contentDir);
    const reported = result.stdout.split('\n').filter((line) => /: (broken link|link not confirmed) /.test(line));
    expect(reported).toEqual([
      `error   ${prefix}/faq/links.md:9: broken link ${refused}/archive — connection refused — nothing answers at that address: fix it, or remove the link`,
      `warning ${prefix}/faq/links.md:11: link not confirmed ${o}/limited — 429 Too Many Requests — the site turns away automated checks: open the link in a browser to confirm it`,
      `warning ${prefix}/faq/links.md:12: link not confirmed ${o}/slow — no answer within 2 s — the site may be slow or down: open the link in a browser; raise --links-timeout for slow sites`,
      `error   ${prefix}/faq/links.md:13: broken link ${o}/broken — 500 Internal Server Error, twice — the site is failing: try again later, or link elsewhere`,
      `error   ${prefix}/products.yaml:3: broken link ${o}/moved-to-missing — 404 Not Found at ${o}/missing after 1 redirect — fix the address, or remove the link`,
      `error   ${prefix}/site.yaml:9: broken link ${o}/missing — 404 Not Found — fix the address, or remove the link`,
    ]);
    // The two products no entry names are warned about as well (no page of their own), and site.yaml's missing `url`.
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^1 entry checked in [\d.]+ s: 4 errors, 5 warnings$/);
    expect(server.requests).toContain('GET /head-refused');
    expect(server.requests).toContain('HEAD /ok');
  });

  it('speaks GitHub Actions annotations for links too', async () => {
    const result = await check('--links', '--links-timeout', '2', '--format', 'github', '--links-cache', path.join(scratch, 'checked.json'));
    const prefix = path.relative(process.cwd(), contentDir);
    expect(result.stdout).toContain(`::error file=${prefix}/site.yaml,line=9::broken link ${server.origin}/missing — 404 Not Found — fix the address, or remove the link`);
  });

  it('names a mistyped option and shows how to call it, without a stack trace', async () => {
    const result = await check('--link');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--link'");
    expect(result.stderr).toContain('usage: npm run check -- ');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a timeout that is not a positive number of seconds', async () => {
    const result = await check('--links', '--links-timeout', 'soon');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--links-timeout must be a positive number of seconds');
  });
});
