import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlReport } from '../../src/core/insights/report-html.ts';
import { removeTemporaryFolders, temporaryFolder } from '../support/astro-build.ts';
import { launchBrowser } from '../support/chromium.ts';
import { seriousAccessibilityViolations } from '../support/page-checks.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { insightsOf, insightsSite } from '../support/insights.ts';

/** The HTML report as an editor opens it: on a phone, by keyboard, with a screen reader, and with readers' text that tries to be HTML. */
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = await insightsSite('content');
  const hostile = JSON.stringify({ type: 'search', at: '2026-11-28T09:00Z', lang: 'en', page: '/search/', query: '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script> zebra crossing', results: 0, opened: null, rank: null });
  const lines = [...fs.readFileSync('examples/events.jsonl', 'utf8').trim().split('\n'), ...Array.from({ length: 40 }, () => hostile)];
  const { insights, read } = await insightsOf(site, lines);
  const dir = temporaryFolder('faq-insights-html-');
  fs.writeFileSync(path.join(dir, 'report.html'), htmlReport(insights, read));
  server = await serveStatic(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeTemporaryFolders();
});

describe('the HTML insights report', () => {
  it('is self-contained, readable at 320 px without sideways scroll, and axe finds nothing serious', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}report.html`);
    await page.locator('h2#deflection').waitFor();
    expect(server.requests.filter((request) => request !== '/favicon.ico')).toEqual(['/report.html']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows readers\' text as text: what they typed cannot add markup or run script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}report.html`);
    await page.locator('h2#missing').waitFor();
    expect(await page.title()).toMatch(/^FAQ insights/);
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('<script>document.title="owned"</script>');
    await page.close();
  });

  it('lets a keyboard reach each wide table, with a visible focus', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}report.html`);
    const regions = page.locator('div.table[role="region"]');
    expect(await regions.count()).toBeGreaterThanOrEqual(4);
    const first = regions.first();
    for (let i = 0; i < 10 && !(await first.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await first.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.close();
  });
});
