import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { copyContent } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';

/** The demo with a feedback endpoint in site.yaml; the browser's requests to it are caught, not sent. */
const ENDPOINT = 'https://forms.example/collect';
let site: ServedSite;

beforeAll(async () => {
  const content = copyContent('content');
  fs.appendFileSync(path.join(content, 'site.yaml'), `feedback:\n  endpoint: ${ENDPOINT}\n`);
  site = await serveBuiltSite({ contentDir: content });
});

afterAll(() => site?.close());

async function pageCatchingFeedback(): Promise<{ page: Page; sent: { body: unknown; headers: Record<string, string> }[] }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const sent: { body: unknown; headers: Record<string, string> }[] = [];
  await context.route(`${ENDPOINT}**`, async (route) => {
    if (route.request().method() === 'POST') sent.push({ body: route.request().postDataJSON(), headers: route.request().headers() });
    await route.fulfill({ status: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'content-type' }, body: '' });
  });
  return { page, sent };
}

describe('readers back to editors', () => {
  it('sends "Was this helpful?" answers with no cookie and no personal data', async () => {
    const { page, sent } = await pageCatchingFeedback();
    await page.goto(new URL('q/return-window/', site.server.url).href);
    await page.click('faq-feedback button[data-helpful="no"]');
    await page.waitForFunction(() => document.querySelector('[data-feedback-status]')?.textContent);
    await expect.poll(() => sent.length).toBe(1);
    expect(sent[0]!.body).toEqual({ type: 'helpful', entry: 'return-window', lang: 'en', helpful: false, page: '/q/return-window/', at: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
    expect(sent[0]!.headers.cookie).toBeUndefined();
    expect(await page.locator('faq-feedback button[disabled]').count()).toBe(2);
    await page.context().close();
  });

  it('reports a search that found nothing, once it has stayed on screen', async () => {
    const { page, sent } = await pageCatchingFeedback();
    await page.goto(site.server.url);
    await page.click('faq-search[data-variant="hero"] input');
    await page.keyboard.type('xqzvw plkjh');
    await expect.poll(() => sent.map((request) => request.body), { timeout: 10_000 }).toEqual([
      { type: 'no-results', query: 'xqzvw plkjh', lang: 'en', page: '/', at: expect.stringMatching(/^\d{4}-/) },
    ]);
    await page.context().close();
  });
});

describe('the product-page widget', () => {
  it('shows a product’s top questions on another site, as text', async () => {
    const page = await site.browser.newPage();
    // A stand-in for the company's product page, served from the help center's origin for the test.
    fs.writeFileSync(path.join(site.outDir, 'widget-demo.html'), `<!doctype html><html lang="en"><body><div data-faq-product="lumen-thermo"></div><script src="embed/widget.js" defer></script></body></html>`);
    await page.goto(new URL('widget-demo.html', site.server.url).href);
    await page.waitForSelector('[data-faq-product] li a');
    expect(await page.locator('[data-faq-product] h2').textContent()).toBe('Top questions about Lumen Thermo');
    expect(await page.locator('[data-faq-product] li').count()).toBeGreaterThan(1);
    await page.close();
  });
});
