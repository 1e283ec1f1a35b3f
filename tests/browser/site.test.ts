import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readOutput } from '../support/astro-build.ts';
import { artifactPath } from '../support/chromium.ts';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';

/** The demo help center in content/, as the README's two commands build it. */
let site: ServedSite;
/** The tab the checks open their pages in, each visit a first visit (see `reusedTab`). */
let tab: ReusedTab;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: process.env.DEMO || undefined, reuse: true });
  tab = await reusedTab(site.browser);
});

afterAll(() => site?.close());

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  return tab.visit(site.url(path), { width, height: 900 });
}

/** An entry of the demo with both product links and related questions, found from the built export. */
function entryWithLinks(): { url: string; question: string } {
  const { entries } = JSON.parse(readOutput(site.outDir, 'faq.json')) as { entries: { url: string; question: string; products: string[]; related: string[] }[] };
  const entry = entries.find((candidate) => candidate.products.length > 0 && candidate.related.length > 0);
  if (!entry) throw new Error('the demo needs an entry with products and related questions');
  return entry;
}

describe('a customer browsing the help center', () => {
  it('goes from home through the catalogue to an answer with the keyboard alone', async () => {
    const { page, errors } = await open('/');
    await tabTo(page, '.topic h3 a');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/c\//);
    const category = page.url();

    // Down the catalogue until a level lists questions; they open in place, and each one's own page is one more link away.
    while ((await page.locator('.question summary').count()) === 0) {
      const before = page.url();
      await tabTo(page, '.subcategories a');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
    }
    await tabTo(page, '.question summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.question[open]').count()).toBe(1);
    const question = await page.locator('details.question[open] .question-text').textContent();
    const answerStart = await page.locator('details.question[open] .answer > :first-child').textContent();
    const answerUrl = new URL((await page.locator('details.question[open] .answer-link a').getAttribute('href'))!, page.url());
    await tabTo(page, 'details.question[open] .answer-link a');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === answerUrl.pathname);
    expect(page.url()).not.toBe(category);
    // The page of the very question opened in place, with the same answer.
    expect(await page.locator('h1').textContent()).toBe(question);
    expect(await page.locator('.answer > :first-child').first().textContent()).toBe(answerStart);
    expect(errors).toEqual([]);
  });

  it('follows a product link and a related question from an answer', async () => {
    const entry = entryWithLinks();
    const { page, errors } = await open(new URL(entry.url, 'http://x').pathname);
    expect(await page.locator('h1').textContent()).toBe(entry.question);

    const relatedLink = page.locator('#related-heading + ul a').first();
    const relatedTitle = await relatedLink.textContent();
    await relatedLink.click();
    await page.waitForURL((url) => url.pathname !== new URL(entry.url, 'http://x').pathname);
    expect(await page.locator('h1').textContent()).toBe(relatedTitle);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === new URL(entry.url, 'http://x').pathname);
    const productLink = page.locator('#products-heading + ul a').first();
    const productName = (await productLink.textContent())!;
    const productUrl = new URL((await productLink.getAttribute('href'))!, page.url());
    await productLink.click();
    await page.waitForURL((url) => url.pathname === productUrl.pathname);
    // The product's page names it and lists every question about it, this one included.
    expect(await page.locator('h1').textContent()).toContain(productName);
    expect(await page.locator('.question-list .question-text').allTextContents()).toContain(entry.question);
    expect(errors).toEqual([]);
  });

  it('keeps closed answers findable with the browser’s find-in-page', async () => {
    const { page } = await open('/');
    const details = page.locator('details.question').first();
    expect(await details.getAttribute('open')).toBeNull();
    // Chromium opens a closed <details> when find-in-page lands inside it.
    // A text fragment link finds text the way find-in-page does.
    const answerText = (await details.locator('.answer p').first().textContent())!.split(' ').slice(0, 4).join(' ');
    await page.goto(`${page.url()}#:~:text=${encodeURIComponent(answerText)}`);
    await page.waitForFunction(() => document.querySelector('details.question')?.hasAttribute('open'));
    expect(await details.getAttribute('open')).not.toBeNull();
  });

  it.each([
    ['home', '/'],
    ['a category page', () => firstCategory()],
    ['an entry page', () => new URL(entryWithLinks().url, 'http://x').pathname],
  ])('has no serious or critical accessibility violations on %s', async (_name, path) => {
    const { page, errors } = await open(typeof path === 'function' ? path() : path);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('can be added to a phone\'s home screen in each language: Chromium finds the manifest installable, with the language\'s start page and icons that load', async () => {
    for (const [path, startPage] of [['/', '/'], ['/zh/', '/zh/']] as const) {
      const { page, errors } = await open(path);
      const devtools = await page.context().newCDPSession(page);
      const manifest = (await devtools.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
      expect(manifest.errors).toEqual([]);
      expect(new URL(JSON.parse(manifest.data!).start_url, manifest.url).href).toBe(site.url(startPage));
      const { installabilityErrors } = (await devtools.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      // Test pages open in a throwaway profile, which Chromium never lets install anything: every other reason is the site's.
      expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      expect(errors).toEqual([]);
      await devtools.detach();
    }
  });

  it('keeps enough contrast in the dark colour scheme too', async () => {
    for (const path of ['/', new URL(entryWithLinks().url, 'http://x').pathname]) {
      const page = await site.browser.newPage({ colorScheme: 'dark' });
      await page.goto(site.url(path));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('saves screenshots of home and an entry at phone and desktop widths', async () => {
    const entry = new URL(entryWithLinks().url, 'http://x').pathname;
    for (const [name, path] of [['home', '/'], ['entry', entry]] as const) {
      for (const [device, width] of [['phone', 390], ['desktop', 1280]] as const) {
        const { page } = await open(path, width);
        await page.screenshot({ path: artifactPath(`${name}-${device}.png`), fullPage: true });
        // Nothing may be wider than a phone's screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      }
    }
  });
});

function firstCategory(): string {
  return /class="topic"><h3><a href="([^"]+)"/.exec(readOutput(site.outDir, 'index.html'))![1]!;
}
