import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { buildSite, TEST_ACCESS_CODE } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { watchForErrors } from '../support/page-checks.ts';
import { uiStrings } from '../../src/core/i18n/strings.ts';

/**
 * The members page when things go wrong or come early: JavaScript off or not
 * loaded yet, a deploy since the key was kept, the network gone, a malformed
 * address; and what it downloads before the customer does anything.
 */
const DEMO_CODE = (JSON.parse(fs.readFileSync('demo-access-code.json', 'utf8')) as { codes: string[] }).codes[0]!;
const en = uiStrings('en');
const zh = uiStrings('zh');
let site: ServedSite;
/** Another build of the same content and codes: its encrypted files, new content keys included, are what the next deploy would publish. */
let nextDeploy: string;
/** A build whose codes no longer include the demo's: the deploy after a code was revoked. */
let revokedDeploy: string;

beforeAll(async () => {
  site = await serveBuiltSite({ env: { FAQ_ACCESS_CODES: '' } });
  const next = buildSite({ env: { FAQ_ACCESS_CODES: '' }, reuse: true });
  expect(next.status, next.output).toBe(0);
  nextDeploy = next.outDir;
  const revoked = buildSite({ env: { FAQ_ACCESS_CODES: TEST_ACCESS_CODE } });
  expect(revoked.status, revoked.output).toBe(0);
  revokedDeploy = revoked.outDir;
});

/** Publishes another build's members-only files over the served site's, as a deploy does. */
function deploy(build: string): void {
  const members = path.join(site.outDir, '_faq/m');
  fs.rmSync(members, { recursive: true });
  fs.cpSync(path.join(build, '_faq/m'), members, { recursive: true });
}

/** The session record this browser keeps, or null. */
function storedRecord(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve) => { const request = indexedDB.open('faq-members'); request.onsuccess = () => resolve(request.result); });
    return new Promise((resolve) => { const request = database.transaction('session').objectStore('session').get('current'); request.onsuccess = () => resolve(request.result ?? null); });
  });
}

afterAll(() => site?.close());

/** Every URL the page asks for, from the start. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(request.url()));
  return urls;
}

async function unlock(page: Page, code: string, remember = false): Promise<void> {
  await page.fill('#members-code', code);
  if (remember) await page.check('input[name="remember"]');
  await page.click('[data-members-form] button[type="submit"]');
}

const errorText = (page: Page) => page.locator('[data-members-error]').textContent();
const codeInUrl = (urls: string[]) => urls.filter((url) => /code=|DEMO|7K2M/i.test(url));


/** A fresh browser profile whose member unlocked the members page with "Remember me" and sees the answers. */
async function unlockRemembered(membersPath = '/members/') {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = watchForErrors(page);
  await page.goto(site.url(membersPath));
  await unlock(page, DEMO_CODE, true);
  await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
  return { context, page, errors };
}
describe('the access code never reaches an address', () => {
  it('with JavaScript off: the form says it needs JavaScript, and typing and Enter send nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(site.url('/members/'));
    expect(await page.locator('.members-form').textContent()).toContain(en.membersNeedsScript);
    await page.locator('#members-code').focus();
    await page.keyboard.type(DEMO_CODE);
    await page.keyboard.press('Enter');
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/members/');
    expect(codeInUrl(requests)).toEqual([]);
    await context.close();
  });

  it('before the script has loaded: Enter submits nothing, and the form works once it has', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(page);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url('/members/'), { waitUntil: 'commit' });
    await page.waitForSelector('#members-code');
    await page.locator('#members-code').focus();
    await page.keyboard.type(DEMO_CODE);
    await page.keyboard.press('Enter');
    release();
    await page.waitForSelector('#members-code:not([disabled])');
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).search).toBe('');
    await unlock(page, DEMO_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    expect(codeInUrl(requests)).toEqual([]);
    await context.close();
  });
});

describe('a kept key after the site was deployed again', () => {
  it('still opens the members-only answers when the deploy drew new content keys for the same codes', async () => {
    const { context, page, errors } = await unlockRemembered();
    const before = JSON.parse(fs.readFileSync(path.join(site.outDir, '_faq/m/manifest.json'), 'utf8'));

    deploy(nextDeploy);
    const after = JSON.parse(fs.readFileSync(path.join(site.outDir, '_faq/m/manifest.json'), 'utf8'));
    // New content keys: other wrapped keys and other catalogue files.
    expect(after.keyring.keys[0].slots[0]).not.toBe(before.keyring.keys[0].slots[0]);
    expect(after.catalogues.en[0]).not.toBe(before.catalogues.en[0]);

    await page.reload();
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    await page.locator('[data-members-view] .question-link').first().click();
    await page.waitForSelector('[data-members-view] .answer p');
    expect(await page.isHidden('[data-members-form]')).toBe(true);
    expect(await storedRecord(page)).not.toBeNull();
    // Every other page too: a category lists its members-only answers with the new build's keys.
    await page.waitForLoadState('networkidle');
    await page.goto(site.url('/c/products/upgrades/'));
    await page.waitForSelector('[data-members-category] .members-mark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is forgotten once the deploy no longer has its code, and the form says the code no longer opens the help center', async () => {
    const { context, page, errors } = await unlockRemembered();

    deploy(revokedDeploy);
    try {
      await page.reload();
      await page.waitForFunction((text) => document.querySelector('[data-members-error]')?.textContent === text, en.membersRevoked);
      expect(await page.isVisible('[data-members-form]')).toBe(true);
      expect(await page.isHidden('[data-members-unlocked]')).toBe(true);
      expect(await storedRecord(page)).toBeNull();
      // A current code opens the deployed build.
      await unlock(page, TEST_ACCESS_CODE);
      await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
      expect(errors).toEqual([]);
    } finally {
      deploy(nextDeploy);
      await context.close();
    }
  });

  it('is forgotten by any other page too, and the members page still says why, in Chinese on the Chinese site', async () => {
    const { context, page, errors } = await unlockRemembered('/zh/members/');
    // Let the page finish fetching, so leaving it aborts no request.
    await page.waitForLoadState('networkidle');
    deploy(revokedDeploy);
    try {
      await page.goto(site.url('/zh/'));
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const database = await new Promise<IDBDatabase>((resolve) => { const request = indexedDB.open('faq-members'); request.onsuccess = () => resolve(request.result); });
              return new Promise<boolean>((resolve) => { const request = database.transaction('session').objectStore('session').get('current'); request.onsuccess = () => resolve(request.result === undefined); });
            }),
          { timeout: 20_000 },
        )
        .toBe(true);
      // Leaving while the page still fetches would abort its request: let it finish first.
      await page.waitForLoadState('networkidle');
      await page.goto(site.url('/zh/members/'));
      await page.waitForFunction((text) => document.querySelector('[data-members-error]')?.textContent === text, zh.membersRevoked);
      expect(await page.isVisible('[data-members-form]')).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      deploy(nextDeploy);
      await context.close();
    }
  });

  it('is forgotten when the deploy derives keys with other iterations, and the form asks for the code again saying the help center was updated', async () => {
    const { context, page, errors } = await unlockRemembered();
    // A deploy that raised the iterations: the kept key was derived with the old number, so it is not the code's key any more.
    const manifestFile = path.join(site.outDir, '_faq/m/manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.keyring.kdf.iterations += 100_000;
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    try {
      await page.reload();
      await page.waitForFunction((text) => document.querySelector('[data-members-error]')?.textContent === text, en.membersUpdated);
      expect(await page.isVisible('[data-members-form]')).toBe(true);
      expect(await storedRecord(page)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      deploy(nextDeploy);
      await context.close();
    }
  });

  it('of an earlier format (a content key, not a wrapping key) is forgotten, and the form asks for the code again saying the help center was updated', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url('/members/'));
    await page.waitForSelector('faq-members[data-ready]');
    await page.evaluate(async () => {
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['decrypt']);
      const database = await new Promise<IDBDatabase>((resolve) => { const request = indexedDB.open('faq-members'); request.onsuccess = () => resolve(request.result); });
      await new Promise((resolve) => { const request = database.transaction('session', 'readwrite').objectStore('session').put({ key, expires: Date.now() + 3_600_000 }, 'current'); request.onsuccess = resolve; });
    });
    await page.reload();
    await page.waitForFunction((text) => document.querySelector('[data-members-error]')?.textContent === text, en.membersUpdated);
    expect(await page.isVisible('[data-members-form]')).toBe(true);
    expect(await storedRecord(page)).toBeNull();
    await unlock(page, DEMO_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a network failure', () => {
  it('while unlocking is reported as such, not as a wrong code', async () => {
    // Without the offline worker: once it takes charge of the page, its requests pass by the page's routes, and the network would not fail.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url('/members/'));
    await page.route('**/_faq/m/*.bin', (route) => route.abort());
    await unlock(page, DEMO_CODE);
    await page.waitForFunction((text) => document.querySelector('[data-members-error]')?.textContent === text, en.membersUnreachable);
    expect(await page.getAttribute('#members-code', 'aria-invalid')).toBeNull();
    expect(await page.isHidden('[data-members-unlocked]')).toBe(true);

    // Back online, the same code opens.
    await page.unroute('**/_faq/m/*.bin');
    await unlock(page, DEMO_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    expect(errors.filter((error) => !error.startsWith('request failed:') && !error.includes('net::ERR_FAILED'))).toEqual([]);
    await context.close();
  });

  it('while loading search says search could not load, not that nothing was found', async () => {
    // Without the offline worker, as above.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/_faq/search/**', (route) => route.abort());
    await page.goto(site.url('/'));
    await page.click('faq-search[data-variant="hero"] input');
    await page.keyboard.type('refund');
    await page.waitForFunction((text) => document.querySelector('faq-search[data-variant="hero"] [data-search-status]')?.textContent === text, en.searchFailed);
    expect(await page.isHidden('faq-search[data-variant="hero"] [data-search-empty]')).toBe(true);
    await context.close();
  });

  it('while loading members-only answers for search says search could not load, not that nothing was found', async () => {
    // Without the offline worker, which would answer from the encrypted files it kept while unlocking: this is a failing network.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url('/members/'));
    await unlock(page, DEMO_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    await page.route('**/_faq/m/*.bin', (route) => route.abort());
    await page.goto(site.url('/c/products/'));
    await page.click('faq-search[data-variant="toolbar"] input');
    // Words only a members-only answer uses.
    await page.keyboard.type('overshoot');
    await page.waitForFunction((text) => document.querySelector('faq-search[data-variant="toolbar"] [data-search-status]')?.textContent === text, en.searchFailed);
    expect(await page.isHidden('faq-search[data-variant="toolbar"] [data-search-empty]')).toBe(true);
    expect(errors.filter((error) => !error.startsWith('request failed:') && !error.includes('net::ERR_FAILED'))).toEqual([]);
    await context.close();
  });
});

describe('a malformed address', () => {
  it('(#%) shows “not found” once unlocked, with no error', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(site.url('/members/#%'));
    await unlock(page, DEMO_CODE);
    await page.waitForFunction((text) => document.querySelector('[data-members-view]')?.textContent?.includes(text), en.membersNotFound);
    // Another malformed one while unlocked: the catalogue first, then the fragment changes.
    await page.click('[data-members-view] a[href="#"]');
    await page.waitForSelector('[data-members-view] .question-link');
    await page.evaluate(() => (location.hash = '%E0%A4%A'));
    await page.waitForFunction((text) => document.querySelector('[data-members-view]')?.textContent?.includes(text), en.membersNotFound);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('what the members page downloads', () => {
  async function openAndSettle(context: BrowserContext): Promise<{ page: Page; requests: string[] }> {
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(site.url('/members/'));
    await page.waitForLoadState('networkidle');
    return { page, requests };
  }

  it('is neither the search code nor the encrypted catalogue until the code field is focused', async () => {
    const context = await site.browser.newContext();
    const { page, requests } = await openAndSettle(context);
    const beforeFocus = [...requests];
    expect(beforeFocus.filter((url) => url.endsWith('.bin'))).toEqual([]);
    await page.focus('#members-code');
    await page.waitForResponse((response) => response.url().endsWith('.bin'));
    await page.waitForLoadState('networkidle');
    const onFocus = requests.slice(beforeFocus.length);
    // The catalogue of every tier in this language: which of them the code opens is known only once it is entered.
    const tiers = JSON.parse(fs.readFileSync(path.join(site.outDir, '_faq/m/manifest.json'), 'utf8')).catalogues.en.length;
    expect(onFocus.filter((url) => url.endsWith('.bin'))).toHaveLength(tiers);
    // The search code (the query engine, known by its index-format message) arrives with the intent, not with the page.
    const scriptsOnFocus = onFocus.filter((url) => url.endsWith('.js'));
    expect(scriptsOnFocus.length).toBeGreaterThan(0);
    const sources = await Promise.all(scriptsOnFocus.map(async (url) => [url, await (await fetch(url)).text()] as const));
    const searchCode = sources.filter(([, source]) => source.includes('The search index has format version')).map(([url]) => url);
    expect(searchCode).toHaveLength(1);
    expect(beforeFocus).not.toContain(searchCode[0]);
    await context.close();
  });

  it('is everything unlocking needs once the field was focused: it then works with the network gone', async () => {
    const context = await site.browser.newContext();
    const { page } = await openAndSettle(context);
    await page.focus('#members-code');
    await page.waitForResponse((response) => response.url().endsWith('.bin'));
    await page.waitForLoadState('networkidle');
    const requests = recordRequests(page);
    await context.setOffline(true);
    await unlock(page, DEMO_CODE);
    await page.waitForSelector('[data-members-unlocked]:not([hidden]) .question-link');
    expect(requests.filter((request) => !request.startsWith('data:'))).toEqual([]);
    await context.close();
  });
});
