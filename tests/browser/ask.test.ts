import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BATCH_DELAY_MS } from '../../src/core/events/event-queue.ts';
import { copyContent, sharedContent } from '../support/astro-build.ts';
import { startEventReceiver, withReceiverEndpoints, type EventReceiver } from '../support/event-receiver.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations, watchForPolicyViolations } from '../support/page-checks.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';

const AT = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);

/** The company's form back end, for real: it records every question and every reader's event the pages send it. */
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

async function askPage(options: { javaScriptEnabled?: boolean; width?: number; height?: number; phone?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
  receiver.clear();
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 1000, height: options.height ?? 900 }, isMobile: options.phone, hasTouch: options.phone });
  // The page's clock runs as usual, and a test moves it on to the next batch of readers' events rather than waiting.
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(site.url('/ask/'));
  return { page, context };
}

/**
 * Starts recording every layout shift from now on, those right after typing
 * included (which CLS forgives, and this does not); returns what moved.
 */
async function watchLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?').join(', ')}`);
      }
    }).observe({ type: 'layout-shift' });
  });
  // Entries arrive after the frame that shifted: wait two frames before reading them.
  return () => page.evaluate(() => new Promise<string[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { shifts: string[] }).shifts)))));
}

async function typeQuestion(page: Page, text: string): Promise<void> {
  await page.locator('#ask-question').click();
  await page.keyboard.type(text, { delay: 30 });
}

/** The readers' events about one question: a page an earlier test closed may still be sending its own. */
const eventsAbout = (question: string) => receiver.events().filter((event) => event.question === question);

const suggestions = (page: Page) => page.locator('[data-ask-suggestions] .ask-suggestion');

/** Waits for the suggestions of the whole question, not those of a word on the way there, and for at least one. */
async function suggestionsFor(page: Page, question: string): Promise<void> {
  await page.locator(`[data-ask-suggestions][data-question="${question.trim()}"] .ask-suggestion`).first().waitFor();
}

describe('the ask page', () => {
  it('suggests the site’s answers while the question is typed, announced politely, without moving the page', async () => {
    const { page, context } = await askPage();
    const detailsBefore = await page.locator('#ask-details').boundingBox();
    const layoutShifts = await watchLayoutShifts(page);
    await typeQuestion(page, 'how long to return my order');
    await suggestionsFor(page, 'how long to return my order');
    expect(await suggestions(page).count()).toBe(3);
    expect(await suggestions(page).first().textContent()).toBe('How long do I have to return an item?');
    expect(await page.locator('[data-ask-status]').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-ask-status]').textContent()).toBe('3 answers may match your question.');
    // Focus stays where the customer types: suggestions are offered, not forced.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-question');
    expect(await page.locator('#ask-details').boundingBox()).toEqual(detailsBefore);
    expect(await layoutShifts()).toEqual([]);
    await context.close();
  });

  it('on a phone, brings the question up so the first suggestion shows above the keyboard', async () => {
    // 360 × 400: what a phone shows above its keyboard.
    const { page, context } = await askPage({ width: 360, height: 400, phone: true });
    await page.locator('#ask-question').tap();
    await page.keyboard.type('how long to return my order');
    await suggestionsFor(page, 'how long to return my order');
    await expect.poll(() => suggestions(page).first().evaluate((link) => link.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await page.locator('#ask-question').evaluate((field) => field.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-question');
    await context.close();
  });

  it('opens an answer in place, and "This answers my question" ends there, counted as answered without contact', async () => {
    const { page, context } = await askPage();
    await typeQuestion(page, 'how long to return my order, mail me at ana@example.com or call +44 20 7946 0000');
    await suggestionsFor(page, 'how long to return my order, mail me at ana@example.com or call +44 20 7946 0000');
    const shown = await page.locator('[data-ask-suggestions] [data-entry]').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.entry));
    const first = suggestions(page).first();
    const id = await first.getAttribute('data-entry');
    await first.click();
    await expect.poll(() => page.locator('[data-ask-answer-body]').textContent()).toContain('You have 30 days from delivery to return any Lumen device');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-ask-answer-link]').getAttribute('href')).toBe(`/q/${id}/`);
    await page.click('[data-ask-answered]');
    await expect.poll(() => page.locator('[data-ask-done-heading]').textContent()).toBe('Glad that helped. Nothing was sent to our team.');
    const question = 'how long to return my order, mail me at [email] or call [phone]';
    await context.clock.fastForward(BATCH_DELAY_MS);
    await expect.poll(() => eventsAbout(question)).toEqual([
      { type: 'ask-suggested', lang: 'en', question, shown, opened: [id], at: AT, page: '/ask/' },
      { type: 'answered', lang: 'en', entry: id, question, at: AT, page: '/ask/' },
    ]);
    expect(receiver.questions()).toEqual([]);
    expect(receiver.requests.filter((request) => request.headers.cookie !== undefined)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('works from the keyboard: Tab reaches the suggestions, Enter opens an answer in place, with focus visible throughout', async () => {
    const { page, context } = await askPage();
    await tabTo(page, '#ask-question');
    await page.keyboard.type('return an item');
    await suggestionsFor(page, 'return an item');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ask-suggestion'))).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-ask-answer] .prose p').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-answer');
    await tabTo(page, '[data-ask-answered]', 10);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-ask-done]'))).toBe(true);
    await context.close();
  });

  it('sends a question no answer settles to the endpoint as JSON, after catching a mistyped e-mail domain, and shows what was sent and where the reply goes', async () => {
    const { page, context } = await askPage();
    const violations = await watchForPolicyViolations(page);
    await typeQuestion(page, 'Can the thermostat run my sauna? Order 1234 5678 9012');
    await page.fill('#ask-details', 'It is a Harvia heater.\nThe app says E42.');
    await page.selectOption('#ask-topic', 'products');
    await page.selectOption('#ask-product', 'lumen-thermo');
    await page.fill('#ask-email', 'ana@gmial.com');
    await page.click('[data-ask-send]');
    await expect.poll(() => page.locator('[data-ask-email-check]').textContent()).toBe('Did you mean ana@gmail.com? A mistyped address means our reply never arrives.Use ana@gmail.com');
    expect(receiver.questions()).toEqual([]);
    await page.click('[data-ask-email-check] button');
    expect(await page.inputValue('#ask-email')).toBe('ana@gmail.com');
    await page.click('[data-ask-send]');
    await expect.poll(() => page.locator('[data-ask-done-heading]').textContent()).toBe('Your question was sent');
    const [sent] = receiver.questions();
    expect(JSON.parse(sent!.body)).toEqual({
      question: 'Can the thermostat run my sauna? Order 1234 5678 9012',
      details: 'It is a Harvia heater.\nThe app says E42.',
      topic: 'products',
      product: 'lumen-thermo',
      email: 'ana@gmail.com',
      lang: 'en',
      page: '/ask/',
    });
    expect(sent!.headers['content-type']).toBe('application/json');
    expect(sent!.headers.cookie).toBeUndefined();
    const done = page.locator('[data-ask-done]');
    expect(await done.locator('p').first().textContent()).toBe('We will reply to ana@gmail.com.');
    expect(await done.locator('dd').allTextContents()).toEqual(['Can the thermostat run my sauna? Order 1234 5678 9012', 'It is a Harvia heater.\nThe app says E42.', 'Products and upgrades', 'Lumen Thermo']);
    // Readers' events carry the question without the order number; the question itself reaches support whole.
    const redacted = 'Can the thermostat run my sauna? Order [number]';
    await context.clock.fastForward(BATCH_DELAY_MS);
    await expect.poll(() => eventsAbout(redacted).map((event) => event.type)).toEqual(['ask-suggested', 'asked']);
    expect(eventsAbout(redacted)[1]).toEqual({ type: 'asked', lang: 'en', question: redacted, topic: 'products', product: 'lumen-thermo', at: AT, page: '/ask/' });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('says what is wrong with an address that has no @, and sends nothing', async () => {
    const { page, context } = await askPage();
    await typeQuestion(page, 'Where is my parcel?');
    await page.fill('#ask-email', 'ana.gmail.com');
    await page.locator('#ask-email').blur();
    await expect.poll(() => page.locator('[data-ask-email-check]').textContent()).toBe('This address has no @. Write it like name@example.com.');
    expect(await page.getAttribute('#ask-email', 'aria-invalid')).toBe('true');
    expect(receiver.questions()).toEqual([]);
    await context.close();
  });

  it('keeps every word when sending fails, says so, and lets the question be copied', async () => {
    const { page, context } = await askPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    receiver.askFails = true;
    await typeQuestion(page, 'My hub blinks red');
    await page.fill('#ask-details', 'Since the update.');
    await page.fill('#ask-email', 'ana@example.com');
    await page.click('[data-ask-send]');
    await expect.poll(() => page.locator('[data-ask-send-status]').textContent()).toBe('Your question could not be sent (HTTP 500). Nothing you typed is lost: try again, or copy it and send it another way.');
    expect(await page.inputValue('#ask-question')).toBe('My hub blinks red');
    expect(await page.inputValue('#ask-details')).toBe('Since the update.');
    expect(await page.inputValue('#ask-email')).toBe('ana@example.com');
    await page.click('[data-ask-copy]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('My hub blinks red\n\nMy hub blinks red\n\nDetails:\nSince the update.');
    expect(eventsAbout('My hub blinks red').filter((event) => event.type === 'asked')).toEqual([]);
    await context.close();
  });

  it('is a plain form that posts to the endpoint without JavaScript', async () => {
    const { page, context } = await askPage({ javaScriptEnabled: false });
    await page.fill('#ask-question', 'Do you ship to Iceland?');
    await page.fill('#ask-details', 'To Reykjavik.');
    await page.selectOption('#ask-topic', 'orders');
    await page.fill('#ask-email', 'ana@example.com');
    await Promise.all([page.waitForURL(receiver.askEndpoint), page.click('[data-ask-send]')]);
    const [sent] = receiver.questions();
    expect(Object.fromEntries(new URLSearchParams(sent!.body))).toEqual({ question: 'Do you ship to Iceland?', details: 'To Reykjavik.', topic: 'orders', product: '', email: 'ana@example.com', lang: 'en', page: '/ask/' });
    expect(sent!.headers.cookie).toBeUndefined();
    await context.close();
  });

  it('is reached from a search that found nothing, with its words, from "Still need help?" and from the toolbar', async () => {
    const { page, context } = await askPage();
    await page.goto(site.url('/search/?q=xqzvw%20plkjh'));
    const link = page.locator('[data-search-ask]');
    await expect.poll(() => link.getAttribute('href')).toBe(site.url('/ask/?q=xqzvw+plkjh'));
    await link.click();
    await page.waitForURL(/\/ask\/\?q=/);
    expect(await page.inputValue('#ask-question')).toBe('xqzvw plkjh');
    await expect.poll(() => page.locator('[data-ask-status]').textContent()).toBe('No answer matches yet. Add a few words, or send your question to our team below.');
    // Under its own form, the ask page lists the other ways to a person, not itself.
    expect(await page.locator('.contact a').evaluateAll((links) => links.map((link) => link.getAttribute('data-kind')))).toEqual(['chat', 'email', 'phone']);
    await page.goto(site.url('/q/return-window/'));
    expect(await page.locator('.contact a[data-kind="ask"]').getAttribute('href')).toBe('/ask/');
    expect(await page.locator('.toolbar-nav a', { hasText: 'Contact' }).getAttribute('href')).toBe('/ask/');
    await context.close();
  });

  it.each([
    ['English', '/ask/', 'return'],
    ['Chinese', '/zh/ask/', '退货'],
  ])('meets no serious accessibility violation and never scrolls sideways at 320 px, in %s, with an answer open', async (_language, url, query) => {
    const { page, context } = await askPage({ width: 320 });
    await page.goto(site.url(url));
    await typeQuestion(page, query);
    await suggestionsFor(page, query);
    await suggestions(page).first().click();
    await page.locator('[data-ask-answer] .prose p').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the ask page of a site with no ask channel configured', () => {
  let plain: ServedSite;
  beforeAll(async () => {
    plain = await serveBuiltSite({ reuse: true });
  });
  afterAll(() => plain?.close());

  it('opens an e-mail to the first e-mail contact with the question as subject and everything in the body', async () => {
    const page = await plain.browser.newPage();
    await page.goto(plain.url('/ask/'));
    await page.fill('#ask-question', 'Can I pay with PayPal?');
    await page.fill('#ask-details', 'From Spain.');
    expect(await page.locator('#ask-email').count()).toBe(0);
    await page.click('[data-ask-send]');
    await expect.poll(() => page.locator('[data-ask-done-heading]').textContent()).toBe('Your question is ready in your mail program');
    // The page opens this address itself; the link is there for when no mail program answers.
    const url = new URL((await page.locator('[data-ask-done] a[href^="mailto:"]').getAttribute('href'))!);
    expect(url.pathname).toBe('support@lumen-home.example');
    expect(url.searchParams.get('subject')).toBe('Can I pay with PayPal?');
    expect(url.searchParams.get('body')).toBe('Can I pay with PayPal?\r\n\r\nDetails:\r\nFrom Spain.\r\n\r\nAsked on: https://help.lumen-home.example/ask/');
    await page.close();
  });

  it('offers an e-mail link without JavaScript', async () => {
    const context = await plain.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(plain.url('/ask/'));
    expect(await page.locator('noscript a, a[href="mailto:support@lumen-home.example"]').first().getAttribute('href')).toBe('mailto:support@lumen-home.example');
    expect(await page.locator('[data-ask-send]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the ask page on Netlify Forms', () => {
  let netlify: ServedSite;
  beforeAll(async () => {
    const content = copyContent('content');
    fs.appendFileSync(path.join(content, 'site.yaml'), 'ask:\n  netlify: true\n');
    netlify = await serveBuiltSite({ contentDir: content });
  });
  afterAll(() => netlify?.close());

  it('carries the static form attributes Netlify detects at deploy, in every language', () => {
    for (const file of ['ask/index.html', 'zh/ask/index.html']) {
      const html = fs.readFileSync(path.join(netlify.outDir, file), 'utf8');
      expect(html).toMatch(/<form class="ask-form" method="post" name="ask" data-netlify="true" netlify-honeypot="bot-field"[^>]*>/);
      expect(html).toContain('<input type="hidden" name="form-name" value="ask">');
    }
  });

  it('posts the form as Netlify takes it, to the page itself, and shows where the reply goes', async () => {
    const context = await netlify.browser.newContext();
    const posted: { body: string; type: string | undefined }[] = [];
    // Netlify answers form posts at deploy; here the test stands in for it.
    await context.route(netlify.url('/ask/'), async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posted.push({ body: route.request().postData() ?? '', type: route.request().headers()['content-type'] });
      await route.fulfill({ status: 200, body: '' });
    });
    const page = await context.newPage();
    await page.goto(netlify.url('/ask/'));
    // The trap for bots is out of sight and out of reach for people, and for screen readers.
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.fill('#ask-question', 'Is there a student discount?');
    await page.fill('#ask-email', 'li@qq.com');
    await page.click('[data-ask-send]');
    await expect.poll(() => page.locator('[data-ask-done] p').first().textContent()).toBe('We will reply to li@qq.com.');
    expect(posted.map((request) => request.type)).toEqual(['application/x-www-form-urlencoded']);
    expect(Object.fromEntries(new URLSearchParams(posted[0]!.body))).toEqual({ 'form-name': 'ask', 'bot-field': '', question: 'Is there a student discount?', details: '', topic: '', product: '', email: 'li@qq.com', lang: 'en', page: '/ask/' });
    await context.close();
  });
});

describe('the ask page of a site with no e-mail contact and no ask channel', () => {
  let bare: ServedSite;
  beforeAll(async () => {
    const content = copyContent('content');
    const file = path.join(content, 'site.yaml');
    const yaml = fs.readFileSync(file, 'utf8');
    const withoutMail = yaml.replace(/  - kind: email\n(    .*\n)+?(?=  - )/, '');
    expect(withoutMail).not.toContain('mailto:');
    fs.writeFileSync(file, withoutMail);
    bare = await serveBuiltSite({ contentDir: content });
  });
  afterAll(() => bare?.close());

  it('still suggests answers, and lists the contact channels instead of a form that could not be sent', async () => {
    const page = await bare.browser.newPage();
    await page.goto(bare.url('/ask/'));
    await typeQuestion(page, 'return an item');
    await suggestionsFor(page, 'return an item');
    expect(await page.locator('[data-ask-send], #ask-email, #ask-details').count()).toBe(0);
    expect(await page.locator('.ask-contact a').allTextContents()).toEqual(['Chat with us', 'Call +44 20 7946 0321']);
    await page.close();
  });
});
