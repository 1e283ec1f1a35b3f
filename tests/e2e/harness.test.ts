import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findAccessibilityViolations, formatViolations } from './support/axe.ts';
import { buildSite } from './support/build-site.ts';
import { launchBrowser } from './support/chromium.ts';
import { watchPageProblems } from './support/page-checks.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** A tiny built site: what the helpers must handle, without depending on the generator. */
const SITE: Record<string, string> = {
  'index.html': page('Home', '<h1>Home</h1><p><a href="guide/">Read the guide</a></p>'),
  'guide/index.html': page('Guide', '<h1>The guide</h1><p><a href="../">Back home</a></p>'),
  '404.html': page('Not found', '<h1>Page not found</h1>'),
  'inaccessible/index.html': page('Inaccessible', '<h1>Inaccessible</h1><img src="../pixel.svg"><form><input type="text"></form>'),
  'broken/index.html': page('Broken', '<h1>Broken</h1><script src="../missing.js"></script><script src="../throws.js"></script>'),
  'throws.js': 'throw new Error("boom from throws.js");',
  'site.css': 'body { font-family: sans-serif; }',
  'pixel.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/help/site.css"></head><body><main>${body}</main></body></html>`;
}

let browser: Browser;
let server: StaticServer;
let workFolder: string;

beforeAll(async () => {
  workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-harness-'));
  const root = path.join(workFolder, 'dist');
  for (const [file, text] of Object.entries(SITE)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  // Beside the served folder: a path that climbs out of it must not reach this.
  fs.writeFileSync(path.join(workFolder, 'secret.txt'), 'not for the web');
  browser = await launchBrowser();
  server = await serveStatic({ root, base: '/help/' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workFolder) fs.rmSync(workFolder, { recursive: true, force: true });
});

/** A raw request, so redirects and odd paths reach the server unchanged. */
function request(pathname: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: pathname }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).once('error', reject);
  });
}

describe('the static server', () => {
  it('serves the site under its base, with content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/help\/$/);
    const home = await request('/help/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await request('/help/site.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await request('/help/throws.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request('/help/pixel.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const response = await request('/help/guide?from=test');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/help/guide/?from=test');
    expect((await request('/help')).headers.location).toBe('/help/');
  });

  it('answers missing files, paths outside the base and escapes with 404.html and status 404', async () => {
    for (const pathname of ['/help/nowhere/', '/help/missing.js', '/elsewhere/', '/help/%2e%2e/secret.txt', '/help/..%2fsecret.txt']) {
      const response = await request(pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.body, pathname).toContain('Page not found');
    }
  });
});

describe('Chromium over the static server', () => {
  it('follows a link and the trailing-slash redirect without console or network errors', async () => {
    const tab = await browser.newPage();
    const problems = watchPageProblems(tab);
    await tab.goto(server.url);
    await tab.getByRole('link', { name: 'Read the guide' }).click();
    await tab.waitForURL(`${server.url}guide/`);
    expect(await tab.locator('h1').textContent()).toBe('The guide');
    await tab.goto(`${server.url}guide`);
    expect(tab.url()).toBe(`${server.url}guide/`);
    expect(problems.list, problems.format()).toEqual([]);
    await tab.close();
  });

  it('shows the 404 page with status 404, which a test can allow', async () => {
    const tab = await browser.newPage();
    const problems = watchPageProblems(tab, { allowResponse: (url, status) => status === 404 && url.endsWith('/no-such-page/') });
    const response = await tab.goto(`${server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await tab.locator('h1').textContent()).toBe('Page not found');
    expect(problems.list, problems.format()).toEqual([]);
    await tab.close();
  });

  it('reports a missing script and an uncaught exception', async () => {
    const tab = await browser.newPage();
    const problems = watchPageProblems(tab);
    await tab.goto(`${server.url}broken/`, { waitUntil: 'load' });
    const kinds = problems.list.map((problem) => problem.kind);
    expect(kinds).toContain('HTTP error');
    expect(kinds).toContain('uncaught exception');
    expect(problems.format()).toContain('404 GET http://127.0.0.1');
    expect(problems.format()).toContain('boom from throws.js');
    await tab.close();
  });
});

describe('axe-core', () => {
  it('reports an image without alt text and an input without a label', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}inaccessible/`);
    const violations = await findAccessibilityViolations(tab);
    expect(violations.map((violation) => violation.id).sort()).toEqual(['image-alt', 'label']);
    const message = formatViolations(violations, 'inaccessible/');
    expect(message).toContain('2 serious or critical accessibility violation(s) on inaccessible/');
    expect(message).toContain('[critical] image-alt');
    expect(message).toContain('at img: <img src="../pixel.svg">');
    // A rule can be turned off, and a region left out, when a test says why.
    expect(await findAccessibilityViolations(tab, { disableRules: ['image-alt'], exclude: ['form'] })).toEqual([]);
    await tab.close();
  });

  it('finds nothing on a clean page', async () => {
    const tab = await browser.newPage();
    await tab.goto(server.url);
    const violations = await findAccessibilityViolations(tab);
    expect(violations, formatViolations(violations, 'home')).toEqual([]);
    await tab.close();
  });
});

describe('buildSite', () => {
  it('builds the project under a sub-path into the folder asked for', async () => {
    const outDir = path.join(workFolder, 'built');
    const built = await buildSite({ contentDir: 'tests/fixtures/valid/content', base: '/help/', outDir });
    expect(built).toBe(outDir);
    const home = fs.readFileSync(path.join(built, 'index.html'), 'utf8');
    expect(home).toMatch(/href="\/help\//);
  });

  it('throws with the build output when the content is invalid', async () => {
    // The build's own report names the offending file: the error must carry it through.
    await expect(buildSite({ contentDir: 'tests/fixtures/invalid/content', outDir: path.join(workFolder, 'never') })).rejects.toThrow(
      /astro build exited with 1 [\s\S]*faq\/no-question\.md/,
    );
  });
});
