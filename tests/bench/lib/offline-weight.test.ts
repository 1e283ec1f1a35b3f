import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureOfflineShell } from '../../../bench/lib/offline-weight.mjs';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function siteWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-offline-weight-'));
  folders.push(dir);
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text).length;

describe('the offline shell of a built site', () => {
  it('weighs what the worker precaches, and counts for a first visit only what the first page did not fetch already', () => {
    const files = {
      'index.html': '<html><link rel="stylesheet" href="/help/_astro/site.css"><script type="module" src="/help/_astro/page.js"></script>home</html>',
      '_astro/site.css': 'body { color: black; }'.repeat(20),
      '_astro/page.js': 'import"./shared.js";console.log("page")',
      '_astro/shared.js': 'export const shared = 1;'.repeat(10),
      '_astro/offline-only.js': 'console.log("only the saved page runs this")'.repeat(5),
      'offline/index.html': '<html>You are offline</html>',
      'sw.js': 'self.addEventListener("fetch", () => {});'.repeat(30),
    };
    const site = siteWith({
      ...files,
      '_faq/offline/shell.json': JSON.stringify({ build: 'b1', precache: ['/help/offline/', '/help/_astro/site.css', '/help/_astro/shared.js', '/help/_astro/offline-only.js'].map((url) => ({ url, revision: null })) }),
    });
    const shell = measureOfflineShell(site, { base: '/help/' });
    expect(shell.files).toBe(4);
    expect(shell.precacheGzipBytes).toBe(gz(files['offline/index.html']) + gz(files['_astro/site.css']) + gz(files['_astro/shared.js']) + gz(files['_astro/offline-only.js']));
    expect(shell.workerGzipBytes).toBe(gz(files['sw.js']));
    // The stylesheet and the shared module came with the home page; the worker also keeps the home page it was installed on.
    expect(shell.firstVisitExtraGzipBytes).toBe(gz(files['sw.js']) + gz(files['offline/index.html']) + gz(files['_astro/offline-only.js']) + gz(files['index.html']));
  });

  it('weighs a site at the root of its domain too', () => {
    const site = siteWith({
      'index.html': '<html><link rel="stylesheet" href="/_astro/site.css">home</html>',
      '_astro/site.css': 'body { color: black; }',
      'sw.js': 'self.addEventListener("fetch", () => {});',
      '_faq/offline/shell.json': JSON.stringify({ build: 'b1', precache: [{ url: '/_astro/site.css', revision: null }] }),
    });
    const shell = measureOfflineShell(site);
    expect(shell.firstVisitExtraGzipBytes).toBe(gz('self.addEventListener("fetch", () => {});') + gz('<html><link rel="stylesheet" href="/_astro/site.css">home</html>'));
  });

  it('says so when the site was built without a worker', () => {
    expect(() => measureOfflineShell(siteWith({ 'index.html': '<html></html>' }))).toThrow(/no _faq\/offline\/shell\.json/);
  });
});
