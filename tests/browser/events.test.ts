import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BATCH_DELAY_MS } from '../../src/core/events/event-queue.ts';
import type { EventBatch } from '../../src/core/events/reader-events.ts';
import { sharedContent, TEST_ACCESS_CODE } from '../support/astro-build.ts';
import { startEventReceiver, withReceiverEndpoints, type EventReceiver, type ReceivedRequest } from '../support/event-receiver.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { seriousAccessibilityViolations, watchForErrors } from '../support/page-checks.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';

/** Every page's clock starts here, so each event's `at` is known to the minute. */
const NOW = new Date('2026-11-30T10:15:00Z');
const AT = '2026-11-30T10:15Z';

let receiver: EventReceiver;
let site: ServedSite;

beforeAll(async () => {
  receiver = await startEventReceiver();
  site = await serveBuiltSite({ contentDir: sharedContent('receiver-endpoints', 'content', withReceiverEndpoints), reuse: true }, receiver.browserArgs);
});

afterAll(async () => {
  await site?.close();
  await receiver?.close();
});

/** A reader's tab, and what the receiver gets from now on. */
async function readerTab(): Promise<{ context: BrowserContext; page: Page; errors: string[]; received: () => ReceivedRequest[]; posted: () => EventBatch[] }> {
  const context = await site.browser.newContext();
  await context.clock.install({ time: NOW });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  const from = receiver.requests.length;
  const received = () => receiver.requests.slice(from);
  const posted = () => received().filter((request) => request.method === 'POST').map((request) => JSON.parse(request.body) as EventBatch);
  return { context, page, errors, received, posted };
}

/** A search box (the home page's by default), typed into key by key as a reader does, until its results are shown. */
async function searchFromHome(page: Page, query: string, variant = 'hero'): Promise<void> {
  await page.click(`faq-search[data-variant="${variant}"] input`);
  await page.keyboard.type(query);
  await page.waitForFunction(
    ([typed, box]) => {
      const search = document.querySelector(`faq-search[data-variant="${box}"]`);
      const status = search?.querySelector('[data-search-status]')?.textContent ?? '';
      return search?.querySelector('input')?.value === typed && status !== '' && !status.includes('…');
    },
    [query, variant],
  );
}

describe('what readers tell the site', () => {
  it('sends a “No” with what was missing, redacted, as one batch by beacon when the reader leaves the page', async () => {
    const { context, page, errors, received } = await readerTab();
    await page.goto(site.url('/q/return-window/'));
    await tabTo(page, 'faq-feedback button[data-helpful="no"]');
    await page.keyboard.press('Enter');
    // The question comes to the reader: typing goes straight into it.
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-comment-text');
    expect(await page.locator('label[for="feedback-comment-text"]').textContent()).toBe('What was missing? (optional)');
    expect(await page.locator('#feedback-comment-hint').textContent()).toContain('E-mail addresses, phone numbers and order numbers are removed');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // No batch falls due while the reader writes: what is left goes when they leave.
    await context.clock.pauseAt(new Date(NOW.getTime() + 40_000));
    await page.keyboard.type('Nothing about order 4410023981, write to jane.doe@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('[data-feedback-status]'));
    expect(await page.locator('[data-feedback-status]').textContent()).toBe('Thank you. We read every comment to improve our answers.');
    expect(await focusIsVisible(page)).toBe(true);
    expect(await page.locator('[data-feedback-comment]').isHidden()).toBe(true);

    await page.goto(site.url('/'));
    await expect.poll(() => received().filter((request) => request.method === 'POST').length).toBe(1);
    const beacon = received().find((request) => request.method === 'POST')!;
    expect(beacon.body).toBe(
      `{"version":1,"events":[{"type":"helpful","entry":"return-window","lang":"en","helpful":false,"comment":"Nothing about order [number], write to [email]","at":"${AT}","page":"/q/return-window/"}]}`,
    );
    // A beacon's mark: sent without a preflight, as text, which every form back end reads.
    expect(beacon.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(beacon.headers['sec-fetch-mode']).toBe('no-cors');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records a “No” left without a comment once, without one, when the reader moves on', async () => {
    const { context, page, posted } = await readerTab();
    await page.goto(site.url('/q/refund-timing/'));
    await page.click('faq-feedback button[data-helpful="no"]');
    await page.waitForSelector('[data-feedback-comment]:not([hidden]) textarea:focus');
    await page.keyboard.type('half-written, never sent');
    await page.goto(site.url('/'));
    await expect.poll(() => posted()).toEqual([{ version: 1, events: [{ type: 'helpful', entry: 'refund-timing', lang: 'en', helpful: false, at: AT, page: '/q/refund-timing/' }] }]);
    await context.close();
  });

  it('fits “What was missing?” on a 320-pixel phone, without sideways scrolling', async () => {
    const { context, page } = await readerTab();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url('/q/return-window/'));
    await page.click('faq-feedback button[data-helpful="no"]');
    await page.waitForSelector('[data-feedback-comment]:not([hidden]) textarea:focus');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await page.locator('#feedback-comment-text').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('records the result a search opened and its rank', async () => {
    const { context, page, errors, posted } = await readerTab();
    await page.goto(site.url('/'));
    await searchFromHome(page, 'return');
    const options = page.locator('faq-search[data-variant="hero"] [role="option"]');
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    const results = await options.count();
    const secondUrl = (await options.nth(1).getAttribute('data-url'))!;
    const secondId = secondUrl.match(/\/q\/([^/]+)\/$/)![1];
    await options.nth(1).click();
    await page.waitForURL(`**${secondUrl}`);
    await expect.poll(() => posted()).toEqual([{ version: 1, events: [{ type: 'search', lang: 'en', query: 'return', results, opened: secondId, rank: 2, at: AT, page: '/' }] }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records a search in Chinese with its language and page', async () => {
    const { context, page, posted } = await readerTab();
    await page.goto(site.url('/zh/'));
    await searchFromHome(page, '退货');
    const first = page.locator('faq-search[data-variant="hero"] [role="option"]').first();
    const results = await page.locator('faq-search[data-variant="hero"] [role="option"]').count();
    const url = (await first.getAttribute('data-url'))!;
    await first.click();
    await page.waitForURL(`**${url}`);
    await expect.poll(() => posted().flatMap((batch) => batch.events)).toEqual([
      { type: 'search', lang: 'zh', query: '退货', results, opened: url.match(/\/q\/([^/]+)\/$/)![1], rank: 1, at: AT, page: '/zh/' },
    ]);
    await context.close();
  });

  it('records the words an input method commits, not the letters it composed them from', async () => {
    const { context, page, posted, errors } = await readerTab();
    await page.goto(site.url('/zh/'));
    await context.clock.pauseAt(new Date(NOW.getTime() + 20_000));
    const box = 'faq-search[data-variant="hero"]';
    const showsResultsFor = (query: string) =>
      page.waitForFunction(([box, query]) => document.querySelector(`${box} [data-search-results]`)?.getAttribute('data-query') === query, [box, query] as const);
    await page.click(`${box} input`);
    // Pinyin typed with an input method, letter by letter: searched as it goes.
    const ime = await context.newCDPSession(page);
    for (const composed of ['t', 'tu', 'tui', 'tuih', 'tuihu', 'tuihuo']) {
      await ime.send('Input.imeSetComposition', { text: composed, selectionStart: composed.length, selectionEnd: composed.length });
    }
    await showsResultsFor('tuihuo');
    // The reader takes a while to choose 退货 among the input method's words.
    await context.clock.fastForward(5000);
    await ime.send('Input.insertText', { text: '退货' });
    await showsResultsFor('退货');
    const options = page.locator(`${box} [role="option"]`);
    const results = await options.count();
    const url = (await options.first().getAttribute('data-url'))!;
    await options.first().click();
    await page.waitForURL(`**${url}`);
    await expect.poll(() => posted().flatMap((batch) => batch.events)).toEqual([
      { type: 'search', lang: 'zh', query: '退货', results, opened: url.match(/\/q\/([^/]+)\/$/)![1], rank: 1, at: AT, page: '/zh/' },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends the searches of a moment together while the reader stays: one read and left, one that found nothing', async () => {
    const { context, page, errors, received, posted } = await readerTab();
    await page.goto(site.url('/'));
    // Time moves only when the test says, however long typing takes on a busy machine.
    await context.clock.pauseAt(new Date(NOW.getTime() + 20_000));
    await searchFromHome(page, 'warranty');
    const results = await page.locator('faq-search[data-variant="hero"] [role="option"]').count();
    expect(results).toBeGreaterThan(0);
    // Read for a while, then the reader tries other words.
    await context.clock.fastForward(2500);
    await page.fill('faq-search[data-variant="hero"] input', '');
    await searchFromHome(page, 'xqzvw plkjh');
    expect(await page.locator('faq-search[data-variant="hero"] [data-search-status]').textContent()).toBe('No answers found for “xqzvw plkjh”.');
    await context.clock.fastForward(2500);
    expect(posted()).toEqual([]);
    // Soon after the first event, the batch leaves while the reader is still on the page.
    await context.clock.fastForward(BATCH_DELAY_MS);
    await expect.poll(() => posted()).toEqual([
      {
        version: 1,
        events: [
          { type: 'search', lang: 'en', query: 'warranty', results, opened: null, rank: null, at: AT, page: '/' },
          { type: 'search', lang: 'en', query: 'xqzvw plkjh', results: 0, opened: null, rank: null, at: AT, page: '/' },
        ],
      },
    ]);
    const post = received().find((request) => request.method === 'POST')!;
    expect(post.headers['content-type']).toBe('application/json');
    expect(received().some((request) => request.method === 'OPTIONS')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('removes an e-mail address and an order number from a search, and a closed tab still sends it', async () => {
    const { context, page, received, posted } = await readerTab();
    await page.goto(site.url('/search/'));
    await page.click('faq-search[data-variant="page"] input');
    await page.keyboard.type('refund order 4410023981 jane.doe@example.com');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'refund order 4410023981 jane.doe@example.com');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => posted().flatMap((batch) => batch.events)).toEqual([
      { type: 'search', lang: 'en', query: 'refund order [number] [email]', results: expect.any(Number), opened: null, rank: null, at: AT, page: '/search/' },
    ]);
    // Nowhere in what reached the receiver: not in a body, not in a header such as the referrer.
    const everything = JSON.stringify(received());
    expect(everything).toContain('[email]');
    expect(everything).not.toContain('4410023981');
    expect(everything).not.toContain('jane.doe');
    await context.close();
  });

  it('names a members-only answer a search opened “members-only”, never by its id', async () => {
    const { context, page, received, posted } = await readerTab();
    await page.goto(site.url('/members/'));
    await page.fill('#members-code', TEST_ACCESS_CODE);
    await page.click('[data-members-form] button[type="submit"]');
    const first = page.locator('[data-members-view] .question-link').first();
    await first.waitFor();
    const question = (await first.textContent())!;
    const membersHref = (await first.getAttribute('href'))!;
    const privateId = decodeURIComponent(membersHref.slice(membersHref.indexOf('#') + 1));
    expect(privateId).not.toBe('');
    await searchFromHome(page, question, 'toolbar');
    const options = page.locator('faq-search[data-variant="toolbar"] [role="option"]');
    const rank = (await options.evaluateAll((items) => items.findIndex((item) => item.querySelector('.members-mark')))) + 1;
    expect(rank).toBeGreaterThan(0);
    const results = await options.count();
    await options.nth(rank - 1).click();
    await page.goto(site.url('/'));
    await expect.poll(() => posted().flatMap((batch) => batch.events)).toEqual([
      { type: 'search', lang: 'en', query: question, results, opened: 'members-only', rank, at: AT, page: '/members/' },
    ]);
    expect(JSON.stringify(received())).not.toContain(privateId);
    await context.close();
  });

  it('sets no cookie, stores nothing in the browser and sends no identifier', async () => {
    const { context, page, received, posted } = await readerTab();
    await page.goto(site.url('/q/refund-timing/'));
    await page.click('faq-feedback button[data-helpful="yes"]');
    await searchFromHome(page, 'refund', 'toolbar');
    await page.locator('faq-search[data-variant="toolbar"] [role="option"]').first().click();
    await page.waitForURL('**/q/**');
    await expect.poll(() => posted().flatMap((batch) => batch.events.map((event) => event.type))).toEqual(['helpful', 'search']);

    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    expect(received().filter((request) => request.headers.cookie !== undefined)).toEqual([]);
    // Each event carries only its documented fields: nothing that could tell one reader from another.
    const fields = { helpful: ['type', 'entry', 'lang', 'helpful', 'at', 'page'], search: ['type', 'lang', 'query', 'results', 'opened', 'rank', 'at', 'page'] };
    for (const event of posted().flatMap((batch) => batch.events)) expect(Object.keys(event).sort()).toEqual([...fields[event.type as keyof typeof fields]].sort());
    await context.close();
  });
});

describe('without feedback.endpoint', () => {
  let quiet: ServedSite;
  beforeAll(async () => {
    quiet = await serveBuiltSite({ reuse: true });
  });
  afterAll(() => quiet?.close());

  it('sends nothing anywhere and shows no "Was this helpful?"', async () => {
    const context = await quiet.browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(quiet.url('/'));
    await searchFromHome(page, 'return');
    await page.locator('faq-search[data-variant="hero"] [role="option"]').first().click();
    await page.waitForURL('**/q/**');
    expect(await page.locator('faq-feedback').count()).toBe(0);
    await page.goto(quiet.url('/'));
    expect(requests.filter((url) => !url.startsWith(quiet.server.url))).toEqual([]);
    await context.close();
  });
});
