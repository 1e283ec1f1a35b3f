import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readOutput, TEST_ACCESS_CODE } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { countLayoutShifts, seriousAccessibilityViolations, watchForErrors, watchForPolicyViolations, type LayoutShift } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';

/** The demo help center, whose answers show screenshots of the app. */
let site: ServedSite;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: process.env.DEMO || undefined, reuse: true });
});

afterAll(() => site?.close());

/** One tab per kind of screen (phone or desktop), each visit a first visit (see `reusedTab`). */
const tabs = new Map<string, Promise<ReusedTab>>();

function tabFor(isMobile: boolean, hasTouch: boolean): Promise<ReusedTab> {
  const key = `${isMobile} ${hasTouch}`;
  if (!tabs.has(key)) tabs.set(key, reusedTab(site.browser, { isMobile, hasTouch }));
  return tabs.get(key)!;
}

/** Demo entries with a picture, and the start of the alt text readers' screen readers announce for it. */
const PICTURES = [
  ['en', 'set-up-thermo', /^The app's Join your Wi-Fi step: Miller-Home/],
  ['en', 'connect-wifi-5ghz', /^The list of nearby networks in the app while adding a device/],
  ['en', 'where-is-my-order', /^The tracking page of an order at lumen-home\.example\/orders/],
  ['en', 'set-up-doorbell', /^The app's Scan the QR code step/],
  ['zh', 'set-up-thermo', /^添加设备时 App 的“连接 Wi-Fi”页面/],
  ['zh', 'thermo-offline', /^温控器离线时 App 中的设备页面/],
] as const;

interface Viewport {
  width: number;
  height: number;
  isMobile: boolean;
  hasTouch: boolean;
}

const PHONE: Viewport = { width: 375, height: 667, isMobile: true, hasTouch: true };
const DESKTOP: Viewport = { width: 1280, height: 800, isMobile: false, hasTouch: false };
const SCREENS = [
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const;

const CASES = SCREENS.flatMap(([screen, viewport]) => PICTURES.map(([lang, id, alt]) => [`${lang}/${id}`, screen, viewport, lang, id, alt] as const));

/** The demo screenshots are phone-shaped, 750 × 1334. */
const SCREENSHOT_RATIO = 750 / 1334;

/** An entry's page on the local server, found from the built export like a reader following a link. */
function entryPath(lang: string, id: string): string {
  const { entries } = JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: { url: string; lang: string; id: string }[] };
  const entry = entries.find((candidate) => candidate.id === id && candidate.lang === lang);
  if (!entry) throw new Error(`the demo needs its ${lang} entry ${id}, which shows a picture`);
  return new URL(entry.url).pathname;
}

/**
 * Opens a page afresh in the tab of its kind of screen (a new page per check
 * made this file spend a minute starting renderers), counting the pictures it
 * asks the server for.
 */
async function open(path: string, { width, height, isMobile, hasTouch }: Viewport): Promise<{ page: Page; errors: string[]; pictureRequests: string[] }> {
  const tab = await tabFor(isMobile, hasTouch);
  const { page, errors } = await tab.fresh({ width, height });
  const pictureRequests = watchPictureRequests(page);
  await page.goto(site.url(path));
  return { page, errors, pictureRequests };
}

/**
 * Opens a page in a page of its own, counting its layout shifts from its first
 * paint. A warm reused tab on a busy machine may paint a page before its
 * toolbar is parsed, which a reader's first visit does not see.
 */
async function openOwnPage(path: string, { width, height, isMobile, hasTouch }: Viewport): Promise<{ page: Page; errors: string[]; layoutShifts: () => Promise<LayoutShift[]> }> {
  const page = await site.browser.newPage({ viewport: { width, height }, isMobile, hasTouch });
  const layoutShifts = await countLayoutShifts(page);
  const errors = watchForErrors(page);
  await page.goto(site.url(path));
  return { page, errors, layoutShifts };
}

function watchPictureRequests(page: Page): string[] {
  const pictureRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') pictureRequests.push(request.url());
  });
  return pictureRequests;
}

/** Brings a picture into view, as a reader scrolling down does, and waits until the browser is done with it. */
async function scrollToAndLoad(picture: Locator): Promise<{ naturalWidth: number; width: number; height: number }> {
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete), { timeout: 15_000 }).toBe(true);
  return picture.evaluate((image: HTMLImageElement) => {
    const box = image.getBoundingClientRect();
    return { naturalWidth: image.naturalWidth, width: box.width, height: box.height };
  });
}

describe('pictures in answers', () => {
  it.each(CASES)('%s on %s: every picture loads at its shape, nothing moves while it does, and the page meets no serious accessibility violation with them loaded', async (_name, _screen, viewport, lang, id, alt) => {
    const { page, errors, layoutShifts } = await openOwnPage(entryPath(lang, id), viewport);
    const named = page.getByRole('img', { name: alt });
    expect(await named.count()).toBe(1);
    const pictures = page.locator('main img');
    const count = await pictures.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const picture = await scrollToAndLoad(pictures.nth(index));
      expect(picture.naturalWidth).toBeGreaterThan(0);
      expect(picture.width).toBeGreaterThan(0);
      expect(picture.width).toBeLessThanOrEqual(viewport.width);
      expect(picture.width / picture.height).toBeCloseTo(SCREENSHOT_RATIO, 2);
    }
    expect(await layoutShifts()).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(PICTURES)('%s/%s at 320 px: the picture fits, and the page does not scroll sideways', async (lang, id, alt) => {
    const { page, errors } = await open(entryPath(lang, id), { width: 320, height: 640, isMobile: true, hasTouch: true });
    const picture = await scrollToAndLoad(page.getByRole('img', { name: alt }));
    expect(picture.naturalWidth).toBeGreaterThan(0);
    expect(picture.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(errors).toEqual([]);
  });

  it.each([
    ['the home page', '/', 'How do I set up Lumen Thermo?', /^The app's Join your Wi-Fi step/],
    ['the Chinese home page', '/zh/', '如何查询我的订单物流？', /^lumen-home\.example\/orders 上的订单物流页面/],
    ['a category page', '/c/products/setup/', 'How do I set up Lumen Doorbell?', /^The app's Scan the QR code step/],
  ] as const)('%s downloads no picture of a closed answer, and shows it once the reader opens the question', async (_name, path, question, alt) => {
    const { page, errors, pictureRequests } = await open(path, PHONE);
    await page.waitForLoadState('networkidle');
    // Answers there start closed: a reader who opens none of them should not pay for their pictures.
    expect(pictureRequests).toEqual([]);
    await page.locator('summary', { hasText: question }).click();
    const picture = page.getByRole('img', { name: alt });
    await picture.waitFor({ state: 'visible' });
    expect((await scrollToAndLoad(picture)).naturalWidth).toBeGreaterThan(0);
    expect(pictureRequests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it.each([
    ['en', '/members/', 'How do I join the firmware beta channel?', /^The app's Beta firmware page under Labs/],
    ['zh', '/zh/members/', '如何加入固件测试版计划？', /^App 中“实验室”下的测试版固件页面/],
  ] as const)('%s: a members-only answer shows its picture once unlocked, decrypted in the page: no readable image is asked of the server', async (_lang, path, question, alt) => {
    const page = await site.browser.newPage({ viewport: { width: PHONE.width, height: PHONE.height }, isMobile: true, hasTouch: true });
    const errors = watchForErrors(page);
    const blocked = await watchForPolicyViolations(page);
    const pictureRequests = watchPictureRequests(page);
    await page.goto(site.url(path));
    await page.fill('#members-code', TEST_ACCESS_CODE);
    await page.click('[data-members-form] button[type="submit"]');
    await page.locator('[data-members-view] .question-link', { hasText: question }).click();
    const picture = page.locator('[data-members-view]').getByRole('img', { name: alt });
    await picture.waitFor({ state: 'visible' });
    const loaded = await scrollToAndLoad(picture);
    expect(loaded.naturalWidth).toBeGreaterThan(0);
    expect(loaded.width / loaded.height).toBeCloseTo(SCREENSHOT_RATIO, 2);
    // A members-only picture arrives encrypted and is shown from what the page decrypted, never as an image file of the site.
    expect(await picture.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).protocol)).toBe('blob:');
    expect(pictureRequests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
