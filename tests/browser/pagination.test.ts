import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { prose, removeContentFolders, writeContentFolder } from '../support/long-lists.ts';

/** One topic of 60 long answers: a dozen pages, so the pagination nav shows gaps. */
function contentWithManyPages(): string {
  const files = new Map<string, string>([
    ['site.yaml', 'title: Big Help\ndefaultLang: en\nlanguages: [en]\ngate: { audiences: [] }\ncontact:\n  - { kind: email, label: Email us, href: "mailto:help@example.com" }\n'],
    ['categories.yaml', '- id: manuals\n  title: Manuals\n'],
    ['products.yaml', '[]\n'],
  ]);
  for (let n = 1; n <= 60; n++) {
    files.set(`faq/manual-${n}.md`, `---\nquestion: What does manual chapter ${n} say?\naudience: [new]\ncategory: manuals\npriority: ${100 - n}\n---\n${prose(n, 6000)}\n`);
  }
  return writeContentFolder(files);
}

let site: ServedSite;
let tab: ReusedTab;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: contentWithManyPages() });
  tab = await reusedTab(site.browser);
}, 120_000);

afterAll(async () => {
  await site?.close();
  removeContentFolders();
});

/** Opens a page afresh in the file's one tab (see `reusedTab`): no renderer started per check. */
async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
  return tab.visit(site.url(url), { width, height: 800 });
}

describe('a page in the middle of a long list', () => {
  it('has a pagination nav with gaps that passes axe-core and fits 320 px', async () => {
    const { page, errors } = await open('/c/manuals/page/6/', 320);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link', { name: 'Page 6' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.locator('.pagination-gap').count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(errors).toEqual([]);
  });

  it('opens an answer of its own when find-in-page lands in it', async () => {
    const { page } = await open('/c/manuals/page/6/', 1280);
    const details = page.locator('details.question').last();
    expect(await details.getAttribute('open')).toBeNull();
    // A text fragment link finds text the way find-in-page does, and Chromium opens the closed <details> it lands in.
    const answerText = (await details.locator('.answer p').first().textContent())!.split(' ').slice(0, 6).join(' ');
    await page.goto(`${page.url()}#:~:text=${encodeURIComponent(answerText)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('details.question')].at(-1)?.hasAttribute('open'));
    expect(await details.getAttribute('open')).not.toBeNull();
  });

  it('goes to the next page by keyboard, with the focus visible on the way', async () => {
    await pageOnByKeyboard('/c/manuals/page/6/', '/c/manuals/page/7/', 7);
  });
});

describe('a handbook too large for one page', () => {
  it('lists every page of its part in its contents, and passes axe-core at 320 px', async () => {
    const { page, errors } = await open('/handbook/', 320);
    const contents = page.getByRole('navigation', { name: 'All topics' });
    const pages = contents.locator('.handbook-pages a');
    expect(await pages.count()).toBeGreaterThan(2);
    expect(await pages.nth(1).getAttribute('href')).toBe('/handbook/manuals/page/2/');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(errors).toEqual([]);
  });

  it('prints a later page under its topic’s heading, without skipping a heading level, and fits 320 px', async () => {
    const { page, errors } = await open('/handbook/manuals/page/2/', 320);
    expect(await page.getByRole('heading', { level: 2, name: 'Manuals (continued)' }).count()).toBe(1);
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!).toBeLessThanOrEqual(1));
    expect(await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(errors).toEqual([]);
  });

  it('goes to its next page by keyboard, with the focus visible on the way', async () => {
    await pageOnByKeyboard('/handbook/manuals/', '/handbook/manuals/page/2/', 2);
  });
});

/** From `from`, tabs to the pagination's "next" link with the focus visible, follows it with Enter, and lands on page `number` of `to`. */
async function pageOnByKeyboard(from: string, to: string, number: number): Promise<void> {
  const { page, errors } = await open(from, 1280);
  await tabTo(page, '.pagination a[rel="next"]');
  expect(await focusIsVisible(page)).toBe(true);
  await Promise.all([page.waitForURL((url) => url.pathname === to), page.keyboard.press('Enter')]);
  expect(await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: `Page ${number}` }).getAttribute('aria-current')).toBe('page');
  expect(errors).toEqual([]);
}
