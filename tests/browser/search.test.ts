import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { readOutput } from '../support/astro-build.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';

let site: ServedSite;
let tab: ReusedTab;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: process.env.DEMO || undefined, reuse: true });
  tab = await reusedTab(site.browser);
});

afterAll(() => site?.close());

interface ExportedEntry { url: string; question: string; lang: string }
const entries = () => (JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: ExportedEntry[] }).entries;
const pathOf = (url: string) => new URL(url, 'http://x').pathname;

/** Opens a page afresh in the file's one tab (see `reusedTab`): no renderer started per check. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  return tab.visit(site.url(path), { width: 1280, height: 900 });
}

const toolbarInput = 'faq-search[data-variant="toolbar"] input';
const options = 'faq-search[data-variant="toolbar"] [role="option"]';

describe('searching from any page', () => {
  it('loads nothing of the index until search is focused, then finds answers as soon as the customer types', async () => {
    const [first, second] = entries().filter((entry) => entry.lang === entries()[0]!.lang);
    const searchRequests = (from: number) => site.server.requests.slice(from).filter((path) => path.includes('_faq/search'));
    const start = site.server.requests.length;
    const { page, errors } = await open(pathOf(first!.url));
    // The search box is set up (its script ran) and the page has stopped fetching: whatever it loads up front is loaded.
    await page.waitForSelector(`${toolbarInput}[role="combobox"]`);
    await page.waitForLoadState('networkidle');
    expect(site.server.requests.slice(start)).toContain(pathOf(first!.url));
    expect(searchRequests(start)).toEqual([]);

    await Promise.all([
      page.waitForResponse((response) => response.url().includes('_faq/search/') && response.url().endsWith('index.json')),
      page.keyboard.press('/'),
    ]);
    expect(await page.evaluate(() => document.activeElement?.matches('faq-search[data-variant="toolbar"] input'))).toBe(true);
    expect(searchRequests(start)).toContainEqual(expect.stringMatching(/_faq\/search\/[^/]+\/index\.json$/));

    // The index loaded on focus answers the customer's question.
    await page.keyboard.type(second!.question, { delay: 20 });
    const hit = page.locator(`${options} .search-hit-question`, { hasText: second!.question });
    await hit.first().waitFor();
    expect(await page.locator(`${options} .search-hit-question`).allTextContents()).toContain(second!.question);
    expect(errors).toEqual([]);
  });

  it('shows results as the customer types, moves through them with the arrow keys and opens one with Enter', async () => {
    const lang = entries()[0]!.lang;
    const target = entries().filter((entry) => entry.lang === lang)[1]!;
    const words = target.question.replace(/[?？]/g, '').split(/\s+/).slice(0, 4).join(' ');
    const { page, errors } = await open(pathOf(entries()[0]!.url));
    await page.click(toolbarInput);
    await page.keyboard.type(words, { delay: 30 });
    // Results for the whole question, not for a word still being typed: the list names the query it answers.
    await page.waitForSelector(`faq-search[data-variant="toolbar"] [data-search-results][data-query="${words}"] [role="option"]`);
    const questions = await page.locator(`${options} .search-hit-question`).allTextContents();
    expect(questions).toContain(target.question);
    expect(await page.getAttribute(toolbarInput, 'aria-expanded')).toBe('true');
    expect(await page.locator('faq-search[data-variant="toolbar"] [role="status"]').textContent()).toMatch(/\d/);

    // The open results are as accessible as the page under them.
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const position = questions.indexOf(target.question);
    for (let step = 0; step <= position; step++) await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute(toolbarInput, 'aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === pathOf(target.url));
    expect(await page.locator('h1').textContent()).toBe(target.question);
    expect(errors).toEqual([]);
  });

  it('closes with Escape without moving the page', async () => {
    const { page } = await open(pathOf(entries()[0]!.url));
    const before = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top);
    await page.click(toolbarInput);
    await page.keyboard.type(entries()[0]!.question);
    await page.waitForSelector(options);
    // The panel floats over the page: opening it shifts nothing.
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top)).toBe(before);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('faq-search[data-variant="toolbar"] [data-search-panel]')).toBe(true);
  });

  it('stays the plain search form when its results panel cannot arrive: Enter opens the search page, with the answers', async () => {
    const target = entries()[0]!;
    const { page } = await open(pathOf(target.url));
    await page.route('**/panel.json', (route) => route.abort());
    try {
      await page.waitForSelector(`${toolbarInput}[role="combobox"]`);
      await page.click(toolbarInput);
      await page.keyboard.type(target.question);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith('/search/') && url.searchParams.get('q') === target.question);
      await page.locator('faq-search[data-variant="page"] [role="option"] .search-hit-question', { hasText: target.question }).first().waitFor();
    } finally {
      await page.unroute('**/panel.json');
    }
  });

  it('says plainly when nothing matches, and offers the contact channels', async () => {
    const { page } = await open(pathOf(entries()[0]!.url));
    await page.click(toolbarInput);
    await page.keyboard.type('xqzvw plkjh', { delay: 20 });
    const empty = page.locator('faq-search[data-variant="toolbar"] [data-search-empty]');
    await empty.waitFor({ state: 'visible' });
    expect(await page.locator('faq-search[data-variant="toolbar"] [role="status"]').textContent()).toContain('xqzvw plkjh');
    expect(await empty.locator('.contact-list a').count()).toBeGreaterThan(0);
  });

  it('finds a Chinese answer from its question typed in pinyin', async () => {
    // A question of characters only, typed as a customer without a Chinese input method would.
    const target = entries().find((entry) => entry.lang === 'zh' && /^[\u4e00-\u9fff]+[？?]?$/u.test(entry.question))!;
    const typed = pinyin(target.question, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join('');
    expect(typed).toMatch(/^[a-z]{6,}$/);
    const { page, errors } = await open('zh/search/');
    await page.locator('faq-search[data-variant="page"] input').fill(typed);
    await page.waitForSelector(`[data-search-results][data-query="${typed}"] [role="option"]`);
    expect(await page.locator('faq-search[data-variant="page"] [role="option"] .search-hit-question').first().textContent()).toBe(target.question);
    expect(errors).toEqual([]);
  });

  it('finds a Chinese answer from its question typed in the other script', async () => {
    // The demo writes simplified characters; a reader in Taiwan types traditional ones.
    const traditional = Converter({ from: 'cn', to: 'tw' });
    const target = entries().find((entry) => entry.lang === 'zh' && /^[\u4e00-\u9fff]{4,}[？?]?$/u.test(entry.question) && traditional(entry.question) !== entry.question)!;
    const typed = traditional(target.question);
    const { page, errors } = await open('zh/search/');
    await page.locator('faq-search[data-variant="page"] input').fill(typed);
    await page.waitForSelector(`[data-search-results][data-query="${typed}"] [role="option"]`);
    const best = page.locator('faq-search[data-variant="page"] [role="option"] .search-hit-question').first();
    expect(await best.textContent()).toBe(target.question);
    // Found as the site writes it: every character of the question matched, not only those the two scripts share.
    expect((await best.locator('mark').allTextContents()).join('')).toBe(target.question.replace(/[？?]$/u, ''));
    expect(errors).toEqual([]);
  });

  it('leaves the arrow keys to an input method while it composes, and moves through the results once its words are in', async () => {
    const { page, errors } = await open('zh/search/');
    const input = page.locator('faq-search[data-variant="page"] input');
    await input.click();
    const ime = await page.context().newCDPSession(page);
    await ime.send('Input.imeSetComposition', { text: 'tuihuo', selectionStart: 6, selectionEnd: 6 });
    await page.waitForSelector('[data-search-results][data-query="tuihuo"] [role="option"]');
    // In the input method's list of words, the arrows choose a word: no result is highlighted.
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    await ime.send('Input.insertText', { text: '退货' });
    await page.waitForSelector('[data-search-results][data-query="退货"] [role="option"]');
    await page.keyboard.press('ArrowDown');
    const first = page.locator('faq-search[data-variant="page"] [role="option"]').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await ime.detach();
    expect(errors).toEqual([]);
  });

  it('opens a shared /search/?q= link with its results', async () => {
    const target = entries()[0]!;
    const { page, errors } = await open(`search/?q=${encodeURIComponent(target.question)}`);
    await page.waitForSelector('faq-search[data-variant="page"] [role="option"]');
    expect(await page.locator('faq-search[data-variant="page"] [role="option"] .search-hit-question').first().textContent()).toBe(target.question);
    // On a wide screen the box and the results keep the column the home page's search has, so their lines stay readable.
    const column = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--measure')) * parseFloat(getComputedStyle(document.documentElement).fontSize));
    for (const part of ['faq-search[data-variant="page"] input', 'faq-search[data-variant="page"] [role="option"]']) {
      expect((await page.locator(part).first().boundingBox())!.width).toBeLessThanOrEqual(column);
    }
    // A click on a result opens it, as Enter does.
    await page.locator('faq-search[data-variant="page"] [role="option"]').first().click();
    await page.waitForURL((url) => url.pathname === pathOf(target.url));
    expect(errors).toEqual([]);
  });
});
