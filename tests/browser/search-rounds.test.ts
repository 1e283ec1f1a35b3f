import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, generateCorpus, removeTemporaryFolders } from '../support/astro-build.ts';
import { launchBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { pageNow, readFirstResult, trackRequests, waitForNetworkQuiet, watchForFirstResult } from '../../bench/lib/first-result.mjs';
import { countRequestRounds } from '../../bench/lib/request-rounds.mjs';

/**
 * Search on a mobile network, where every round trip costs 150 ms (the
 * server answers that late, so the service worker's requests wait too): what the
 * search box fetches when focused, and how many round trips a reader's first
 * query then waits for.
 */
const LATENCY_MS = 150;
const input = 'faq-search[data-variant="toolbar"] input';
const firstResult = 'faq-search[data-variant="toolbar"] [role="option"]';

let browser: Browser;
let server: StaticServer;
let corpus: string;
let outDir: string;

beforeAll(async () => {
  corpus = generateCorpus(120, ['--members', '0']);
  const build = buildSite({ contentDir: path.join(corpus, 'content'), env: { FAQ_OMIT_MEMBERS: '1' } });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  // Gzipped as hosts serve it, so bytes are what a reader downloads.
  server = await serveStatic(outDir, '/', { gzip: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTemporaryFolders();
});

interface CorpusQuery { query: string; lang: string; expected: string }
const queries = (lang: string) =>
  fs.readFileSync(path.join(corpus, 'queries.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusQuery).filter((query) => query.lang === lang);

/** An entry page of the language, loaded in a fresh context (empty caches), once its service worker is in charge, then put on a slow network. */
async function openEntryPage(lang: string): Promise<Page> {
  const prefix = lang === 'en' ? '' : `${lang}/`;
  const id = fs.readdirSync(path.join(outDir, prefix, 'q')).sort()[0]!;
  const page = await (await browser.newContext()).newPage();
  await watchForFirstResult(page, firstResult);
  server.setLatency(0);
  await page.goto(`${server.url}${prefix}q/${id}/`);
  await page.waitForLoadState('networkidle');
  // As for a reader past the first page: the offline worker has its shell and answers the page's requests.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  server.setLatency(LATENCY_MS);
  return page;
}

describe('search over a 150 ms round trip', () => {
  it('fetches, on focus, the search code, the index files every query reads and the toolbar’s results panel in one round, nothing of any query, and none of it again on the next focus', async () => {
    const page = await openEntryPage('en');
    const since = await pageNow(page);
    await page.focus(input);
    await waitForNetworkQuiet(page);
    const requests = await page.evaluate(
      (from) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.startTime >= from)
          .map((entry) => ({ url: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd, bytes: entry.transferSize })),
      since,
    );
    const paths = requests.map((request) => request.url);
    expect(paths).toContain('/_faq/search/en/index.json');
    expect(paths.filter((url) => !url.startsWith('/_astro/')).toSorted()).toEqual(['/_faq/search/en/index.json', '/_faq/search/en/panel.json']);
    expect(countRequestRounds(requests, { from: since, until: await pageNow(page) }).rounds).toBe(1);
    // The code and one index file: a bounded download, whatever the reader then asks.
    expect(requests.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThan(40_000);

    // Coming back to the box fetches none of them again: the index is open.
    const served = server.requests.length;
    await page.locator('h1').click();
    await page.focus(input);
    await page.keyboard.insertText(queries('en')[0]!.query);
    await page.waitForSelector(firstResult);
    expect(server.requests.slice(served).filter((url) => url.endsWith('/index.json') || url.endsWith('/panel.json'))).toEqual([]);
    await page.context().close();
  });

  it('shows the first result of a reader who types one round trip after focusing after at most 2 request rounds', async () => {
    for (const { query, lang } of [...queries('en').slice(0, 1), ...queries('zh').slice(0, 1)]) {
      const page = await openEntryPage(lang);
      const requests = trackRequests(page);
      const since = await pageNow(page);
      const firstRound = requests.firstRoundAfterNow();
      await page.focus(input);
      await firstRound;
      const served = server.requests.length;
      await page.keyboard.insertText(query);
      const result = await readFirstResult(page, { since });
      expect(result.rounds, `"${query}": ${result.urls.join(', ')}`).toBeLessThanOrEqual(2);
      // Keeping the language's whole index for offline waits for the reader's search to pause: until the first
      // result, the host has served only what the page asked for.
      const asked = new Set(result.urls.map((url: string) => new URL(url).pathname));
      expect(server.requests.slice(served).filter((url) => url.includes('/_faq/search/') && !asked.has(url))).toEqual([]);
      await page.context().close();
    }
  });
});
