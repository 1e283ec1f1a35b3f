import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, removeTemporaryFolders } from '../support/astro-build.ts';
import { launchBrowser } from '../support/chromium.ts';
import { startNginx, type NginxServer } from '../support/nginx.ts';
import { watchForErrors, watchForPolicyViolations } from '../support/page-checks.ts';

/** The demo built for `/help/` and served by nginx with the generated rules, as docs/hosting.md describes. */
let browser: Browser;
let nginx: NginxServer;
let siteRoot: string;

beforeAll(async () => {
  browser = await launchBrowser();
  siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-site-root-'));
  const build = buildSite({ contentDir: process.env.DEMO || undefined, base: '/help/', outDir: path.join(siteRoot, 'help') });
  expect(build.status, build.output).toBe(0);
  nginx = await startNginx(siteRoot, path.join(siteRoot, 'help', 'nginx-headers.conf'), path.join(siteRoot, 'help', 'nginx-redirects.conf'));
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  fs.rmSync(siteRoot, { recursive: true, force: true });
  removeTemporaryFolders();
});

async function open(pathname: string): Promise<{ page: Page; errors: string[]; violations: string[] }> {
  const page = await browser.newPage();
  const errors = watchForErrors(page);
  const violations = await watchForPolicyViolations(page);
  await page.goto(`${nginx.url}${pathname}`);
  return { page, errors, violations };
}

describe('the demo behind nginx, under a sub-path, with the Content-Security-Policy', () => {
  it('serves pages with the policy and long-lived hashed assets', async () => {
    const page = await fetch(`${nginx.url}/help/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const stylesheet = /href="(\/help\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const asset = await fetch(`${nginx.url}${stylesheet}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${nginx.url}/help/no-such-page/`)).status).toBe(404);
  });

  it('navigates, loads assets and searches with no policy violation and no error', async () => {
    const { page, errors, violations } = await open('/help/');
    const topic = page.locator('.topic h3 a').first();
    await topic.click();
    await page.waitForURL(/\/help\/c\//);
    while ((await page.locator('.question-text').count()) === 0) {
      const before = page.url();
      await page.locator('.subcategories a').first().click();
      await page.waitForURL((url) => url.href !== before);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

    await page.click('faq-search[data-variant="toolbar"] input');
    const question = (await page.locator('.question-text').first().textContent())!;
    await page.keyboard.type(question);
    await page.waitForSelector('faq-search[data-variant="toolbar"] [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/help\/q\//);
    expect(await page.locator('h1').textContent()).toBe(question);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends an entry\'s old address (its alias in the demo) to the new one with a permanent redirect, however it is spelt', async () => {
    for (const old of ['/help/q/track-order/', '/help/q/track-order', '/help/q/track-order/index.html', '/help/zh/q/track-order/']) {
      const response = await fetch(`${nginx.url}${old}`, { redirect: 'manual' });
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location')!, nginx.url).pathname, old).toBe(old.includes('/zh/') ? '/help/zh/q/where-is-my-order/' : '/help/q/where-is-my-order/');
    }
    const { page, errors, violations } = await open('/help/q/track-order/');
    await page.waitForURL(/\/help\/q\/where-is-my-order\/$/);
    expect(await page.locator('h1').textContent()).toBe('How do I track my order?');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
