import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { watchForErrors, watchForPolicyViolations } from '../support/page-checks.ts';

/**
 * A host that reads no redirect rules and sends no headers, as GitHub Pages:
 * only the page at the old address can take the reader on, under the policy
 * in its own <meta> element.
 */
let site: ServedSite;

beforeAll(async () => {
  const contentDir = copyContent('tests/fixtures/valid/content');
  const refund = path.join(contentDir, 'faq/orders/refund-timing.md');
  fs.writeFileSync(path.join(contentDir, 'faq/orders/money-back.md'), fs.readFileSync(refund, 'utf8').replace('priority: 60', 'priority: 60\naliases: [refund-timing]'));
  fs.rmSync(refund);
  const zh = path.join(contentDir, 'faq/zh/return-window.md');
  fs.writeFileSync(zh, fs.readFileSync(zh, 'utf8').replace('id: return-window', 'id: return-window\naliases: [tui-huo]'));
  site = await serveBuiltSite({ contentDir, base: '/help/' });
});

afterAll(() => site?.close());

describe('an entry\'s old address', () => {
  it.each([
    ['/q/refund-timing/', '/help/q/money-back/', 'When do I get my money back?'],
    ['/zh/q/tui-huo/', '/help/zh/q/return-window/', '退货期限是多久？'],
  ])('%s lands on the entry at its new address, within the security policy', async (old, current, question) => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    const violations = await watchForPolicyViolations(page);
    await page.goto(site.url(old));
    await page.waitForURL((url) => url.pathname === current);
    await expect.poll(() => page.locator('h1').textContent()).toBe(question);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
