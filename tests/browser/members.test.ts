import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations, watchForErrors } from '../support/page-checks.ts';
import { copyContent, TEST_ACCESS_CODE } from '../support/astro-build.ts';

/** The demo, built as the README's commands build it: unlocked by the demo's public code. */
const DEMO_CODES = (JSON.parse(fs.readFileSync('demo-access-code.json', 'utf8')) as { codes: string[] }).codes;
const DEMO_CODE = DEMO_CODES[0]!;
/** The demo's second public code, for the partners tier only: the codes input writes it `CODE:partners`. */
const PARTNERS_CODE = DEMO_CODES[1]!.split(':')[0]!;
let site: ServedSite;

beforeAll(async () => {
  // No FAQ_ACCESS_CODES: the demo content brings its own public code.
  site = await serveBuiltSite({ env: { FAQ_ACCESS_CODES: '' }, reuse: true });
});

afterAll(() => site?.close());


async function unlock(page: Page, code: string, remember = false): Promise<void> {
  await page.fill('#members-code', code);
  if (remember) await page.check('input[name="remember"]');
  await page.click('[data-members-form] button[type="submit"]');
}

async function openMembers(context: BrowserContext, path = '/members/'): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(site.url(path));
  return { page, errors };
}

/**
 * Waits until the page knows whether the visitor is signed in, then checks it
 * knows they are not: the code form, ready to use and with nothing to complain
 * about, and nothing members-only on show.
 */
async function expectLocked(page: Page): Promise<void> {
  await page.waitForSelector('faq-members[data-ready]');
  // It asked this build's members-only files, so it did not stop short of checking.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  expect(fetched).toContainEqual(expect.stringMatching(/\/_faq\/m\/manifest\.json$/));
  expect(await page.isVisible('[data-members-form]')).toBe(true);
  expect(await page.isEnabled('#members-code')).toBe(true);
  expect((await page.textContent('[data-members-error]'))?.trim()).toBe('');
  expect(await page.isHidden('[data-members-unlocked]')).toBe(true);
  expect(await page.locator('[data-members-view] .question-link').count()).toBe(0);
}

/** The session this browser keeps for the members-only section, if any. */
function storedSession(page: Page): Promise<{ extractable: boolean; type: string; usages: string[]; fields: string[] } | undefined> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve) => { const request = indexedDB.open('faq-members'); request.onsuccess = () => resolve(request.result); });
    const record = await new Promise<{ key: CryptoKey } | undefined>((resolve) => { const request = database.transaction('session').objectStore('session').get('current'); request.onsuccess = () => resolve(request.result); });
    database.close();
    return record && { extractable: record.key.extractable, type: record.key.type, usages: record.key.usages, fields: Object.keys(record) };
  });
}

describe('the members-only section', () => {
  it('says so clearly when a code is wrong, and lets the customer try again', async () => {
    const context = await site.browser.newContext();
    const { page, errors } = await openMembers(context);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await unlock(page, 'AAAA-BBBB-CCCC-DDDD-EEEE');
    await page.waitForFunction(() => document.querySelector('[data-members-error]')?.textContent?.includes('doesn'));
    expect(await page.isVisible('[data-members-form]')).toBe(true);
    expect(await page.getAttribute('#members-code', 'aria-invalid')).toBe('true');
    await unlock(page, DEMO_CODE.toLowerCase().replace(/-/g, ' '));
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the members-only catalogue, answers, search results and category entries after unlocking, for this tab only', async () => {
    const context = await site.browser.newContext();
    const { page, errors } = await openMembers(context);
    await unlock(page, DEMO_CODE);
    const first = page.locator('[data-members-view] .question-link').first();
    await first.waitFor();
    const question = (await first.textContent())!;
    await first.click();
    await page.waitForSelector('[data-members-view] h1 .members-mark');
    expect(await page.locator('[data-members-view] h1').textContent()).toContain(question);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.locator('[data-members-view] .answer p').count()).toBeGreaterThan(0);

    // Search finds members-only answers, marked as such.
    await page.click('faq-search[data-variant="toolbar"] input');
    await page.keyboard.type(question);
    const hit = page.locator('faq-search[data-variant="toolbar"] [role="option"]', { has: page.locator('.members-mark') }).first();
    await hit.waitFor();
    expect(await hit.locator('.search-hit-question').textContent()).toBe(question);

    // Category pages list them too, with the mark.
    await page.goto(site.url('/c/products/upgrades/'));
    await page.waitForSelector('[data-members-category] .members-mark');

    // A new tab has not been unlocked.
    const other = await openMembers(context);
    await expectLocked(other.page);
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await context.close();
  });

  it('remembers this device only when asked, and forgets everything on sign out', async () => {
    const context = await site.browser.newContext();
    const { page } = await openMembers(context);
    await unlock(page, DEMO_CODE, true);
    await page.waitForSelector('[data-members-unlocked]:not([hidden])');
    const record = await storedSession(page);
    // The code's wrapping key, never readable and good only to unwrap, with the code's public prefix: never the code, never a content key.
    expect(record).toEqual({ extractable: false, type: 'secret', usages: ['unwrapKey'], fields: ['key', 'prefix', 'iterations', 'expires'] });

    const again = await openMembers(context);
    await again.page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    await again.page.click('[data-members-sign-out]');
    // The form comes back only once the kept key is deleted.
    await again.page.waitForSelector('[data-members-form]');
    expect(await again.page.locator('[data-members-view] .question-link').count()).toBe(0);
    expect(await storedSession(again.page)).toBeUndefined();
    const afterSignOut = await openMembers(context);
    await expectLocked(afterSignOut.page);
    await context.close();
  });

  it('opens a deep link to a members-only answer after unlocking', async () => {
    const context = await site.browser.newContext();
    const { page } = await openMembers(context);
    await unlock(page, DEMO_CODE);
    const link = page.locator('[data-members-view] .question-link').nth(1);
    await link.waitFor();
    const [question, href] = [await link.textContent(), await link.getAttribute('href')];
    await context.close();

    const stranger = await site.browser.newContext();
    const deep = await openMembers(stranger, `/members/${href}`);
    await deep.page.waitForSelector('[data-members-form]');
    await unlock(deep.page, DEMO_CODE);
    await deep.page.waitForSelector('[data-members-view] h1');
    expect(await deep.page.locator('[data-members-view] h1').textContent()).toContain(question!);
    expect(deep.errors).toEqual([]);
    await stranger.close();
  });

  it('opens different answers with the demo’s two codes: the members tier’s, and the partners tier’s', async () => {
    const questionsWith = async (code: string) => {
      const context = await site.browser.newContext();
      const { page, errors } = await openMembers(context);
      await unlock(page, code);
      await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
      const questions = await page.locator('[data-members-view] .question-link').allTextContents();
      // An answer of the tier opens, readable.
      await page.locator('[data-members-view] .question-link').first().click();
      await page.waitForSelector('[data-members-view] .answer p');
      expect(errors).toEqual([]);
      await context.close();
      return questions;
    };
    const members = await questionsWith(DEMO_CODE);
    const partners = await questionsWith(PARTNERS_CODE);
    expect(members).toContain('How do I join the firmware beta channel?');
    expect(partners).toEqual(expect.arrayContaining(['How do installer partners order at volume prices?', 'How do I set up many thermostats at once for a client?']));
    expect(members.filter((question) => partners.includes(question))).toEqual([]);
  });
});

describe('a code that opens two tiers', () => {
  let twoTiers: ServedSite;
  const SHARED = 'How do installer partners order at volume prices?';

  beforeAll(async () => {
    // One partners answer made readable in both tiers, and a code for both.
    const contentDir = copyContent('content');
    const shared = path.join(contentDir, 'faq/orders/payment/partner-volume-pricing.md');
    fs.writeFileSync(shared, fs.readFileSync(shared, 'utf8').replace('access: [partners]', 'access: [members, partners]'));
    twoTiers = await serveBuiltSite({ contentDir, env: { FAQ_ACCESS_CODES: `${TEST_ACCESS_CODE}:members+partners` } });
  });

  afterAll(() => twoTiers?.close());

  it('lists, and finds, the answers of both, an answer in both once', async () => {
    const context = await twoTiers.browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(twoTiers.url('/members/'));
    await unlock(page, TEST_ACCESS_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    const questions = await page.locator('[data-members-view] .question-link').allTextContents();
    expect(questions).toEqual(expect.arrayContaining(['How do I join the firmware beta channel?', 'How do I set up many thermostats at once for a client?']));
    expect(questions.filter((question) => question === SHARED)).toHaveLength(1);

    await page.click('faq-search[data-variant="toolbar"] input');
    await page.keyboard.type('volume prices installer');
    const hits = page.locator('faq-search[data-variant="toolbar"] [role="option"] .search-hit-question');
    await hits.first().waitFor();
    await page.waitForFunction((question) => [...document.querySelectorAll('faq-search[data-variant="toolbar"] [role="option"] .search-hit-question')].some((hit) => hit.textContent === question), SHARED);
    expect((await hits.allTextContents()).filter((question) => question === SHARED)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
