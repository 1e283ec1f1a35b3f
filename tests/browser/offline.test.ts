import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildSite, copyContent, readOutput } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { countLayoutShifts, seriousAccessibilityViolations, watchForErrors } from '../support/page-checks.ts';
import { measureOfflineShell } from '../../bench/lib/offline-weight.mjs';

/**
 * The demo under a sub-path, read offline in one browser context: the steps
 * build on each other as a customer's visits do. Built once; the update step
 * builds again into the same folder, as a deploy over the same origin.
 */
const BASE = '/help/';
const DEMO_CODE = (JSON.parse(fs.readFileSync('demo-access-code.json', 'utf8')) as { codes: string[] }).codes[0]!;
const TOOLBAR_SEARCH = 'faq-search[data-variant="toolbar"]';

let site: ServedSite;
let context: BrowserContext;
let page: Page;
/** What went wrong in the page while online: nothing may (a script the policy blocked, a failed request). */
let errors: string[];

interface ExportedEntry { id: string; url: string; question: string; categories: { path: string }[] }
let entries: ExportedEntry[];

beforeAll(async () => {
  site = await serveBuiltSite({ base: BASE, env: { FAQ_ACCESS_CODES: '' } });
  context = await site.browser.newContext();
  page = await context.newPage();
  errors = watchForErrors(page);
  entries = (JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: (ExportedEntry & { lang: string })[] }).entries.filter((entry) => entry.lang === 'en');
});

// A step that failed offline must not leave the next one offline.
afterEach(() => context?.setOffline(false));

afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** An exported entry's path on the served site: the export's URLs carry the site's url and base. */
const pathOf = (url: string) => new URL(url, 'http://x').pathname;
const served = (url: string) => new URL(pathOf(url), site.server.url).href;

/** Every cache of the origin: its name, and the path and text of each response. */
function cacheContents(target: Page): Promise<{ name: string; files: { path: string; text: string }[] }[]> {
  return target.evaluate(async () =>
    Promise.all(
      (await caches.keys()).map(async (name) => {
        const cache = await caches.open(name);
        const files = await Promise.all((await cache.keys()).map(async (request) => ({ path: new URL(request.url).pathname, text: await (await cache.match(request))!.text() })));
        return { name, files };
      }),
    ),
  );
}

function cachedPaths(target: Page, kind: string): Promise<string[]> {
  return target.evaluate(async (kind) => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes(`|${kind}|`)) continue;
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  }, kind);
}

function buildOf(outDir: string): string {
  return /<meta name="faq-build" content="([^"]+)"/.exec(readOutput(outDir, 'index.html'))![1]!;
}

function searchFiles(outDir: string, lang: string): string[] {
  const folder = path.join(outDir, '_faq/search', lang);
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((item) => item.isFile()).map((item) => `${BASE}_faq/search/${lang}/${path.relative(folder, path.join(item.parentPath, item.name))}`);
}

/** Searches from the toolbar until a result is the question (the list of an earlier query may still show meanwhile). */
async function searchFinds(question: string): Promise<void> {
  await page.click(`${TOOLBAR_SEARCH} input`);
  await page.fill(`${TOOLBAR_SEARCH} input`, question);
  await page.locator(`${TOOLBAR_SEARCH} [role="option"] .search-hit-question`, { hasText: question }).first().waitFor();
}

describe('a help center read offline', () => {
  let visited: ExportedEntry;
  let unvisited: ExportedEntry;
  let membersSentence: string;
  let membersQuestion: string;

  it('installs its worker from a file of the site, under the strict policy, and keeps the shell within its budget', async () => {
    await page.goto(site.url('/'));
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const worker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    expect(pathOf(worker)).toBe(`${BASE}sw.js`);
    const shell = await cachedPaths(page, 'shell');
    expect(shell).toEqual(expect.arrayContaining([`${BASE}offline/`, `${BASE}zh/offline/`, `${BASE}saved/`]));
    expect(shell.some((file) => file.endsWith('.css'))).toBe(true);
    // The search code waits for the first search.
    expect(shell.some((file) => /search-engine/.test(file))).toBe(false);
    expect(measureOfflineShell(site.outDir, { base: BASE }).precacheGzipBytes).toBeLessThanOrEqual(100_000);
    expect(errors).toEqual([]);
  });

  it('keeps a read answer, and after one search the search code and every index file of that language', async () => {
    [visited, unvisited] = [entries[0]!, entries.at(-1)!];
    await page.goto(served(visited.url));
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, served(visited.url)), { timeout: 20_000 }).toBe(true);
    await searchFinds(unvisited.question);
    const expected = searchFiles(site.outDir, 'en');
    // Kept in the background, once the search has paused.
    await expect.poll(async () => (await cachedPaths(page, 'search')).sort(), { timeout: 20_000 }).toEqual(expected.sort());
    expect((await cachedPaths(page, 'assets')).some((file) => /search-engine/.test(file))).toBe(true);
  });

  it('lets a member unlock and keeps only what the server sent, encrypted', async () => {
    await page.goto(site.url('/members/'));
    await page.fill('#members-code', DEMO_CODE);
    await page.check('input[name="remember"]');
    await page.click('[data-members-form] button[type="submit"]');
    const first = page.locator('[data-members-view] .question-link').first();
    await first.waitFor();
    membersQuestion = (await first.textContent())!;
    await first.click();
    await page.waitForSelector('[data-members-view] h1 .members-mark');
    membersSentence = (await page.locator('[data-members-view] .answer p').first().textContent())!.trim();
    expect(membersSentence.length).toBeGreaterThan(20);
    const kept = await cacheContents(page);
    expect(kept.flatMap((cache) => cache.files.map((file) => file.path))).toContainEqual(expect.stringMatching(/\/_faq\/m\/.+\.bin$/));
    for (const cache of kept) {
      for (const file of cache.files) expect(file.text, `${cache.name} ${file.path}`).not.toContain(membersSentence);
    }
    expect(errors).toEqual([]);
  });

  it('reopens the answer, searches the language, opens the unlocked members-only answer and shows the offline page for the rest, with the network gone', async () => {
    await context.setOffline(true);
    await page.goto(served(visited.url));
    expect(await page.locator('h1').textContent()).toBe(visited.question);
    // The toolbar now links to what this device keeps.
    await page.locator('.toolbar-nav [data-offline-link]').waitFor({ state: 'visible' });

    // Search finds the visited answer and others of the language, none of them read yet.
    await searchFinds(visited.question);
    await searchFinds(entries[Math.floor(entries.length / 2)]!.question);

    // A page never read: the offline page of its language, with what can be opened and who to call.
    await page.goto(served(unvisited.url));
    expect(await page.locator('h1').textContent()).toBe('You’re offline');
    await page.waitForSelector('faq-saved-answers[data-state="listed"]');
    expect(await page.locator('faq-saved-answers .question-link').allTextContents()).toContain(visited.question);
    expect(await page.locator('#contact .contact-list a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(site.url('/zh/q/none-kept/'));
    expect(await page.locator('h1').textContent()).toBe('您当前处于离线状态');

    // The remembered key opens the encrypted answers kept as they were sent.
    await page.goto(site.url('/members/'));
    await page.locator('[data-members-view] .question-link', { hasText: membersQuestion }).first().click();
    await page.waitForSelector('[data-members-view] h1 .members-mark');
    expect(await page.locator('[data-members-view] .answer p').first().textContent()).toContain(membersSentence);
    await context.setOffline(false);

    // Back online, the same answer comes from the network again, and the toolbar no longer points to the device.
    await page.goto(served(visited.url));
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.toolbar-nav [data-offline-link]').isHidden()).toBe(true);
  });

  it('saves a topic after saying how much it weighs, and lists it on the saved page', async () => {
    const topicEntry = entries.find((entry) => entry !== visited && entry !== unvisited)!;
    const topic = topicEntry.categories[0]!.path;
    // The button keeps its place while its script loads: nothing on the page moves.
    const fresh = await context.newPage();
    const layoutShifts = await countLayoutShifts(fresh);
    await fresh.goto(site.url(`/c/${topic}/`));
    await fresh.waitForSelector('faq-save-offline[data-ready] [data-save-start]');
    expect(await layoutShifts()).toEqual([]);
    expect(await seriousAccessibilityViolations(fresh)).toEqual([]);
    await fresh.close();
    await page.goto(site.url(`/c/${topic}/`));
    await page.click('faq-save-offline [data-save-start]');
    await expect.poll(() => page.textContent('faq-save-offline [data-save-question]')).toMatch(/Save \d+ answers \(\d+(\.\d)? (kB|MB)\) on this device\?/);
    await page.click('faq-save-offline [data-save-go]');
    await page.waitForSelector('faq-save-offline[data-state="saved"]');
    await context.setOffline(true);
    await page.goto(served(topicEntry.url));
    expect(await page.locator('h1').textContent()).toBe(topicEntry.question);
    await page.goto(site.url('/saved/'));
    await page.waitForSelector('faq-saved-answers[data-state="listed"]');
    expect(await page.locator('faq-saved-answers .question-link').allTextContents()).toEqual(expect.arrayContaining([topicEntry.question, visited.question]));
    await context.setOffline(false);
  });

  it('offers to save everything of a small language, with its size, and then opens any answer offline', async () => {
    errors.length = 0;
    await page.goto(site.url('/zh/saved/'));
    const offer = page.locator('faq-save-offline[data-scope="everything"]');
    await offer.waitFor({ state: 'visible' });
    expect(await offer.locator('[data-save-question]').textContent()).toMatch(/^要在本设备上保存全部 \d+ 个回答和搜索（\d+ kB）吗？$/);
    await offer.locator('[data-save-go]').click();
    await page.waitForSelector('faq-save-offline[data-scope="everything"][data-state="saved"]');
    expect(errors).toEqual([]);
    const zh = (JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: (ExportedEntry & { lang: string })[] }).entries.filter((entry) => entry.lang === 'zh');
    await context.setOffline(true);
    await page.goto(served(zh.at(-1)!.url));
    expect(await page.locator('h1').textContent()).toBe(zh.at(-1)!.question);
    await context.setOffline(false);
  });

  it('moves to a new deploy at the next navigation and deletes the old build’s caches', async () => {
    const before = buildOf(site.outDir);
    const rebuilt = buildSite({ base: BASE, outDir: site.outDir, env: { FAQ_ACCESS_CODES: '' } });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    const after = buildOf(site.outDir);
    expect(after).not.toBe(before);
    await page.goto(site.url('/'));
    await expect
      .poll(
        () =>
          page.evaluate(async (build) => {
            const names = await caches.keys();
            return names.length > 0 && names.every((name) => name.endsWith(`|${build}`));
          }, after),
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(await page.evaluate(() => document.querySelector('meta[name="faq-build"]')!.getAttribute('content'))).toBe(after);
    // What the reader kept came along from the new build.
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, served(visited.url)), { timeout: 20_000 }).toBe(true);
  });

  it('removes the worker and its caches from the device once the site turns offline reading off', async () => {
    const content = copyContent('content');
    fs.appendFileSync(path.join(content, 'site.yaml'), '\noffline: false\n');
    // The demo's public code opens its exact content only: this copy is built with the tests' code.
    const rebuilt = buildSite({ base: BASE, outDir: site.outDir, contentDir: content });
    expect(rebuilt.status, rebuilt.output).toBe(0);
    await page.goto(site.url('/'));
    // The worker reloads the page once it is gone: the check may run in either page.
    const removed = () => page.evaluate(async () => navigator.serviceWorker.controller === null && (await navigator.serviceWorker.getRegistrations()).length === 0 && (await caches.keys()).length === 0).catch(() => false);
    await expect.poll(removed, { timeout: 20_000 }).toBe(true);
    // Pages come from the network as before: nothing controls a page opened now.
    const later = await context.newPage();
    await later.goto(site.url('/'));
    expect(await later.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await later.close();
  });
});
