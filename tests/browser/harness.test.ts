import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { seriousAccessibilityViolations, watchForErrors } from '../support/page-checks.ts';
import { reusedTab } from '../support/reused-page.ts';

/** The browser tests' own tools must be able to fail: each is shown catching what it is there to catch. */
let browser: Browser;
let server: StaticServer;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-harness-'));

beforeAll(async () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>Test</title></head><body><main>${body}</main></body></html>`;
  fs.mkdirSync(path.join(root, 'folder'));
  fs.writeFileSync(path.join(root, 'index.html'), page('<h1>Clean</h1><a href="folder">a folder</a>'));
  fs.writeFileSync(path.join(root, 'folder/index.html'), page('<h1>Folder</h1>'));
  fs.writeFileSync(path.join(root, 'broken.html'), page('<h1>Broken</h1><img src="missing.png"><input type="text"><script src="missing.js"></script>'));
  fs.writeFileSync(path.join(root, 'leaving.html'), page('<h1>Leaving</h1><img src="slow.png" alt="slow"><a href="folder/">on</a>'));
  fs.writeFileSync(path.join(root, '404.html'), page('<h1>Not found</h1>'));
  // A page that leaves something of every kind a site can leave in the browser, and says what it found of an earlier visit.
  fs.writeFileSync(path.join(root, 'keeper.html'), page('<h1>Keeper</h1><img src="pixel.png" alt="pixel"><script src="keeper.js"></script>').replace('<head>', '<head><meta name="viewport" content="width=device-width">'));
  fs.writeFileSync(path.join(root, 'pixel.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64'));
  fs.writeFileSync(path.join(root, 'sw.js'), "addEventListener('activate', (event) => event.waitUntil(clients.claim()));\naddEventListener('fetch', () => undefined);\n");
  fs.writeFileSync(
    path.join(root, 'keeper.js'),
    `window.found = (async () => {
      const found = {
        controlled: Boolean(navigator.serviceWorker.controller),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        local: localStorage.length,
        session: sessionStorage.length,
        cookies: document.cookie,
        caches: (await caches.keys()).length,
        databases: (await indexedDB.databases()).length,
        width: innerWidth,
      };
      localStorage.setItem('kept', '1');
      sessionStorage.setItem('kept', '1');
      document.cookie = 'kept=1; path=/';
      await (await caches.open('kept')).put('kept', new Response('kept'));
      await new Promise((resolve) => { const request = indexedDB.open('kept'); request.onsuccess = resolve; request.onerror = resolve; });
      const registration = await navigator.serviceWorker.register('sw.js');
      await new Promise((resolve) => (navigator.serviceWorker.controller ? resolve() : navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })));
      void registration;
      return found;
    })();`,
  );
  browser = await launchBrowser();
  server = await serveStatic(root, '/help/');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves folders, redirects to the trailing slash, and answers 404 with the site’s 404 page', async () => {
    expect((await fetch(`${server.url}`)).status).toBe(200);
    const redirect = await fetch(`${server.url}folder`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/help/folder/']);
    const missing = await fetch(`${server.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expect((await fetch(server.url.replace('/help/', '/'))).status).toBe(404);
  });

  it('speaks HTTP/2 over TLS when asked, as the hosts readers meet do, serving the same files', async () => {
    const secure = await serveStatic(root, '/help/', { http2: true });
    // A browser of its own, trusting the server's certificate through the flags it names, as the bench launches one.
    const trusting = await launchBrowser(secure.browserArgs);
    const context = await trusting.newContext();
    try {
      expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/help\/$/);
      const page = await context.newPage();
      const response = await page.goto(`${secure.url}folder`);
      expect([response?.status(), new URL(page.url()).pathname, await page.locator('h1').textContent()]).toEqual([200, '/help/folder/', 'Folder']);
      await page.goto(`${secure.url}keeper.html`);
      await page.locator('img[alt="pixel"]').evaluate((image: HTMLImageElement) => image.decode());
      const protocols = await page.evaluate(() => [
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
        ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.nextHopProtocol),
      ]);
      expect(new Set(protocols)).toEqual(new Set(['h2']));
      expect(protocols.length).toBeGreaterThan(1);
    } finally {
      // The server first, while the browser still holds its connection open: closing must not wait for it.
      await secure.close();
      await trusting.close();
    }
  });
});

describe('page checks', () => {
  it('report missing files and serious accessibility violations, and nothing on a clean page', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${server.url}broken.html`);
    expect(errors.some((error) => error.includes('missing.js'))).toBe(true);
    const violations = (await seriousAccessibilityViolations(page)).map((violation) => violation.id);
    expect(violations).toEqual(expect.arrayContaining(['image-alt', 'label']));

    const clean = await browser.newPage();
    const cleanErrors = watchForErrors(clean);
    await clean.goto(server.url);
    await clean.click('a');
    await clean.waitForURL(/\/help\/folder\/$/);
    expect(await seriousAccessibilityViolations(clean)).toEqual([]);
    expect(cleanErrors).toEqual([]);
  });

  it('report a request the site let fail, and not one the browser cut off because the page was left', async () => {
    const page = await browser.newPage();
    const errors = watchForErrors(page);
    let held!: () => void;
    const asked = new Promise<void>((resolve) => (held = resolve));
    // Held until the page has gone: still on its way when the reader clicks.
    await page.route('**/slow.png', () => held());
    await page.goto(`${server.url}leaving.html`, { waitUntil: 'domcontentloaded' });
    await asked;
    const cutOff = page.waitForEvent('requestfailed');
    await page.click('a');
    await page.waitForURL(/\/help\/folder\/$/);
    expect((await cutOff).url()).toMatch(/slow\.png$/);
    expect(errors).toEqual([]);

    await page.unroute('**/slow.png');
    await page.route('**/slow.png', (route) => route.abort('failed'));
    const failed = page.waitForEvent('requestfailed');
    await page.goto(`${server.url}leaving.html`);
    await failed;
    expect(errors).toContainEqual(expect.stringMatching(/^request failed: .*slow\.png net::ERR_FAILED$/));
    await page.close();
  });
});

describe('a reused tab', () => {
  it('starts every visit as a first visit: nothing left of the one before, its own viewport, no listener of the one before', async () => {
    const tab = await reusedTab(browser, { isMobile: true, hasTouch: true });
    const nothing = { controlled: false, workers: 0, local: 0, session: 0, cookies: '', caches: 0, databases: 0 };
    const first = await tab.visit(`${server.url}keeper.html`, { width: 320, height: 640 });
    expect(await first.page.evaluate(() => (window as unknown as { found: Promise<object> }).found)).toEqual({ ...nothing, width: 320 });
    // What the first visit left is there for a page of the same tab that does not start afresh: the check can fail.
    const pictures: string[] = [];
    first.page.on('request', (request) => void (request.resourceType() === 'image' && pictures.push(request.url())));
    await first.page.reload();
    expect(await first.page.evaluate(() => (window as unknown as { found: Promise<object> }).found)).toEqual({ controlled: true, workers: 1, local: 1, session: 1, cookies: 'kept=1', caches: 1, databases: 1, width: 320 });
    expect(pictures).toHaveLength(1);
    first.page.on('pageerror', () => pictures.push('an error seen by a listener of the visit before'));

    const second = await tab.visit(`${server.url}keeper.html`, { width: 412, height: 915 });
    expect(second.page).toBe(first.page);
    expect(await second.page.evaluate(() => (window as unknown as { found: Promise<object> }).found)).toEqual({ ...nothing, width: 412 });
    await second.page.evaluate(() => setTimeout(() => { throw new Error('thrown on the second visit'); }));
    await expect.poll(() => second.errors).toEqual(['exception: thrown on the second visit']);
    expect(pictures).toHaveLength(1);
    await tab.close();
  });
});
