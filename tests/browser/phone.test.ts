import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { countLayoutShifts, seriousAccessibilityViolations, sidewaysOverflow } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { SHIPPED_LANGUAGES, uiStrings } from '../../src/core/i18n/strings.ts';

/** What a customer on a phone meets: the demo help center at phone widths, in English and Chinese. */
let site: ServedSite;
/** The phone every check but the layout shifts' opens its page in, each visit a first visit (see `reusedTab`). */
let phone: ReusedTab;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: process.env.DEMO || undefined, reuse: true });
  phone = await reusedTab(site.browser, { isMobile: true, hasTouch: true });
});

afterAll(() => site?.close());

const LANGUAGES = [
  ['English', ''],
  ['Chinese', 'zh/'],
] as const;

/** A query with answers in each language of the demo. */
const QUERY: Record<string, string> = { '': 'refund', 'zh/': '退款' };

/** The first page the build wrote under a folder (`c/`, `q/`…), so the tests follow the content. */
function firstPageUnder(prefix: string, folder: string): string {
  const dir = path.join(site.outDir, prefix, folder);
  const name = fs.readdirSync(dir, { withFileTypes: true }).filter((item) => item.isDirectory()).map((item) => item.name).sort()[0];
  if (!name) throw new Error(`the demo has no page under ${prefix}${folder}`);
  return `/${prefix}${folder}/${name}/`;
}

/** One page of every kind the site has, in one language; resolved once the site is built. */
function pageTypes(prefix: string): [string, () => string][] {
  return [
    ['home', () => `/${prefix}`],
    ['category', () => firstPageUnder(prefix, 'c')],
    ['entry', () => firstPageUnder(prefix, 'q')],
    ['audience', () => firstPageUnder(prefix, 'for')],
    ['product', () => firstPageUnder(prefix, 'p')],
    ['search', () => `/${prefix}search/?q=${encodeURIComponent(QUERY[prefix]!)}`],
    ['ask', () => `/${prefix}ask/?q=${encodeURIComponent(QUERY[prefix]!)}`],
    ['members', () => `/${prefix}members/`],
    ['handbook', () => `/${prefix}handbook/`],
    ["what's new", () => `/${prefix}new/`],
  ];
}

const EVERY_PAGE = LANGUAGES.flatMap(([language, prefix]) => pageTypes(prefix).map(([kind, url]) => [`${kind} (${language})`, url] as const));

/** Opens a page afresh in the phone's one tab: a new page per check made this file spend more than a minute starting renderers. */
async function open(url: string, width: number, height = 915): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await phone.visit(site.url(url), { width, height });
  if (url.includes('search/?q=')) await page.locator('[data-search-results] [role="option"]').first().waitFor();
  if (url.includes('ask/?q=')) await page.locator('[data-ask-suggestions] .ask-suggestion').first().waitFor();
  return { page, errors };
}

describe('a customer on a phone', () => {
  // One page per kind and language, checked at 320 px, at 412 px and then at 1280 px: opening each page once per check made this the slowest test file.
  it.each(EVERY_PAGE)('reads %s at 320 px without scrolling sideways or a serious accessibility violation, under a compact header at 412 px, and never finds two links of one name going to different places', async (_name, url) => {
    const { page, errors } = await open(url(), 320);
    expect(await sidewaysOverflow(page)).toEqual({ width: 320, wider: [] });
    // iOS zooms the page into a field whose text is under 16 px when it is tapped, and does not zoom back.
    const smallFields = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type="hidden"], [type="checkbox"], [type="radio"]), select, textarea')]
        .filter((field) => parseFloat(getComputedStyle(field).fontSize) < 16)
        .map((field) => `${field.tagName.toLowerCase()}#${field.id || (field as HTMLInputElement).name}`),
    );
    expect(smallFields).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 412, height: 915 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(412);
    const height = await page.locator('header.toolbar').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(120);
    // Wide enough for the whole toolbar, whose links a phone folds into its menu.
    await page.setViewportSize({ width: 1280, height: 915 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(1280);
    expect(await linkNameClashes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(LANGUAGES)('opens the %s main menu on a phone with the keyboard and follows a link', async (_language, prefix) => {
    const { page, errors } = await open(firstPageUnder(prefix, 'q'), 412);
    await tabTo(page, '.toolbar-menu summary');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    const topics = page.locator('.toolbar-menu nav a').first();
    await topics.waitFor({ state: 'visible' });
    await tabTo(page, '.toolbar-menu nav a');
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => address.hash === '#topics');
    expect(await page.locator('#topics').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it.each([
    ...LANGUAGES.map(([language, prefix]) => [`the ${language} home page`, `/${prefix}`] as const),
    // A mistyped or old address: the 404 page's own box is where to go next.
    ['the page for an address that is not there', '/no-such-page/'] as const,
  ])('finds exactly one search box above the fold on %s', async (_name, url) => {
    const { page } = await open(url, 412);
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].filter((input) => {
        const box = input.getBoundingClientRect();
        return input.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.top < window.innerHeight;
      }).length,
    );
    expect(visible).toBe(1);
  });

  it.each(LANGUAGES)('finds the most-asked %s questions right under the search box, the first one on a small phone\'s first screen', async (_language, prefix) => {
    const { page } = await open(`/${prefix}`, 360, 640);
    const next = await page.locator('section.hero + section h2').textContent();
    expect(next).toBe(await page.locator('#most-asked-heading').textContent());
    const first = page.locator('#most-asked-heading ~ * .question summary').first();
    expect(await first.evaluate((summary) => summary.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  });

  it.each(LANGUAGES)('sees the first %s result of a shared /search/?q= link on a small phone\'s first screen, where the tips gave way to the results', async (_language, prefix) => {
    const { page } = await open(`/${prefix}search/?q=${encodeURIComponent(QUERY[prefix]!)}`, 360, 640);
    const first = page.locator('[data-search-results] [role="option"]').first();
    expect(await first.evaluate((option) => option.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await page.locator('.search-tips').isVisible()).toBe(false);
  });

  it.each(LANGUAGES)('reads the %s search tips under the box until the first results show', async (_language, prefix) => {
    const { page } = await open(`/${prefix}search/`, 360, 640);
    const tips = page.locator('.search-tips');
    expect(await tips.isVisible()).toBe(true);
    const box = await page.locator('#search-page-input').boundingBox();
    expect((await tips.boundingBox())!.y).toBeGreaterThan(box!.y);
    await page.locator('#search-page-input').fill(QUERY[prefix]!);
    await page.locator('[data-search-results] [role="option"]').first().waitFor();
    expect(await tips.isVisible()).toBe(false);
  });

  it('is not told about the "/" shortcut on a touch screen, which a reader with a mouse and keyboard is', async () => {
    const { page } = await open('/', 412);
    await expect.poll(() => page.locator('.search-hint').isVisible()).toBe(false);
    const desktop = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await desktop.goto(site.url('/'));
      expect(await desktop.locator('.search-hint').isVisible()).toBe(true);
      expect(await desktop.locator('.search-hint').textContent()).toContain('Press / to search');
    } finally {
      await desktop.close();
    }
  });

  it.each(LANGUAGES)('reads each %s search filter\'s name on one line at 320 px, beside its menu', async (_language, prefix) => {
    const { page } = await open(`/${prefix}search/?q=${encodeURIComponent(QUERY[prefix]!)}`, 320);
    const names = page.locator('.search-filters label > span');
    expect(await names.count()).toBe(2);
    const heights = await names.evaluateAll((spans) => spans.map((span) => ({ name: span.textContent, lines: Math.round(span.getBoundingClientRect().height / parseFloat(getComputedStyle(span).lineHeight)) })));
    expect(heights).toEqual(heights.map(({ name }) => ({ name, lines: 1 })));
  });

  it.each([320, 390])('shows every choice of the search filters whole at %i px, in every language the interface ships', async (width) => {
    const { page } = await open(`/search/?q=${encodeURIComponent(QUERY['']!)}`, width);
    const filters = page.locator('[data-search-panel]:visible .search-filters');
    const clipped: Record<string, string[]> = {};
    for (const lang of SHIPPED_LANGUAGES) {
      const strings = uiStrings(lang);
      const choices = [[strings.searchEveryone, ...Object.values(strings.audienceName)], [strings.searchAllTopics]];
      // The page's own filters, given each language's words, so the measure is the panel's real width and font.
      clipped[lang] = await filters.evaluate((box, [names, menus]) => {
        const labels = [...box.querySelectorAll('label')];
        const cut: string[] = [];
        labels.forEach((label, index) => {
          label.querySelector('span')!.textContent = names![index]!;
          const select = label.querySelector('select')!;
          for (const choice of menus![index]!) {
            // A menu of that one choice, at its own width: what the choice needs, arrow and padding included.
            const probe = select.cloneNode(false) as HTMLSelectElement;
            probe.style.cssText = 'position: absolute; visibility: hidden; width: auto; min-width: 0';
            probe.append(new Option(choice));
            label.append(probe);
            if (probe.getBoundingClientRect().width > select.getBoundingClientRect().width + 0.5) cut.push(choice);
            probe.remove();
          }
        });
        return cut;
      }, [[strings.searchFilterAudience, strings.searchFilterCategory], choices] as const);
    }
    expect(clipped).toEqual(Object.fromEntries(SHIPPED_LANGUAGES.map((lang) => [lang, []])));
  });

  it('reads the toolbar search box\'s whole hint at 320 px, beside its button, in every language the interface ships', async () => {
    const { page } = await open(firstPageUnder('', 'q'), 320);
    const box = page.locator('header.toolbar form[role="search"]');
    const fits: Record<string, string> = {};
    for (const lang of SHIPPED_LANGUAGES) {
      const { searchPlaceholder, searchButton } = uiStrings(lang);
      // The page's own box, given each language's words, so the measure is the toolbar's real width and font.
      const { text, room } = await box.evaluate((form, [placeholder, button]) => {
        const input = form.querySelector('input') as HTMLInputElement;
        input.placeholder = placeholder!;
        form.querySelector('button')!.textContent = button!;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        return { text: context.measureText(placeholder!).width, room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
      }, [searchPlaceholder, searchButton]);
      fits[lang] = text <= room ? 'whole' : `${searchPlaceholder}: ${Math.ceil(text)} px in ${Math.floor(room)} px`;
    }
    expect(fits).toEqual(Object.fromEntries(SHIPPED_LANGUAGES.map((lang) => [lang, 'whole'])));
  });

  it.each(LANGUAGES)('sees the first %s answer above the on-screen keyboard while typing on the home page', async (_language, prefix) => {
    // 360 × 400: what a phone shows above its keyboard.
    const { page } = await open(`/${prefix}`, 360, 400);
    const input = page.locator('#search-hero-input');
    await input.tap();
    await input.pressSequentially(QUERY[prefix]!);
    const first = page.locator('#search-hero-panel [role="option"]').first();
    await first.waitFor();
    await expect.poll(() => first.evaluate((option) => option.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await input.evaluate((box) => box.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-hero-input');
  });

  it('keeps the page still while typing on the home page when the first answer already shows', async () => {
    const { page } = await open('/', 412, 915);
    await page.locator('#search-hero-input').tap();
    await page.locator('#search-hero-input').pressSequentially(QUERY['']!);
    await page.locator('#search-hero-panel [role="option"]').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it.each(LANGUAGES)('jumps to the one search box of the %s home page from the toolbar and with "/" on a wide screen', async (_language, prefix) => {
    const { page } = await open(`/${prefix}`, 1280);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.locator('header.toolbar').getByRole('link', { name: /search|搜索/i }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-hero-input');
    await page.locator('body').click({ position: { x: 5, y: 600 } });
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-hero-input');
  });

  it.each([
    ['a narrow window', 'holds the first frame for <main>', 360, false],
    ['a wide screen', 'holds the first frame for <main>', 1280, false],
    // As Firefox does, which has no rel=expect: the toolbar's own style keeps it undrawn until whole.
    ['a narrow window', 'draws the page as it arrives', 360, true],
    ['a wide screen', 'draws the page as it arrives', 1280, true],
  ])('sees the toolbar drawn whole on %s, in a browser that %s, when a page arrives in pieces, so nothing in it moves as the rest comes', async (_screen, _browser, width, withoutRenderHold) => {
    // Cut where a half-drawn toolbar would lay its links out without the language switch, or without the search box.
    for (const marker of ['<span class="language-switch"', '<faq-search']) {
      const page = await site.browser.newPage({ viewport: { width, height: 915 } });
      const layoutShifts = await countLayoutShifts(page);
      site.server.splitPages({ marker, ms: 400, withoutRenderHold });
      try {
        await page.goto(site.url(firstPageUnder('', 'c')));
        await page.locator('.site-footer').waitFor();
        await page.locator('header.toolbar .brand').waitFor();
        await page.locator(width < 600 ? 'header.toolbar .toolbar-menu summary' : 'header.toolbar .toolbar-nav .button-faq').waitFor();
        await page.locator('header.toolbar input[type="search"]').waitFor();
        expect(await layoutShifts(), `cut before ${marker}`).toEqual([]);
      } finally {
        site.server.splitPages(null);
        await page.close();
      }
    }
  });

  it.each(LANGUAGES)('sees nothing move while %s search results arrive on a shared /search/?q= link', async (_language, prefix) => {
    const page = await site.browser.newPage({ viewport: { width: 412, height: 915 }, isMobile: true });
    const layoutShifts = await countLayoutShifts(page);
    await page.goto(site.url(`/${prefix}search/?q=${encodeURIComponent(QUERY[prefix]!)}`));
    await page.locator('[data-search-results] [role="option"]').first().waitFor();
    expect(await layoutShifts()).toEqual([]);
    await page.close();
  });
});

/** Headings in document order, answers' own headings included, as `h2 Text`. */
async function headingOutline(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim().slice(0, 40)}`));
}

/** Answers whose own headings are not exactly one level below the page's heading they sit under. */
async function misplacedAnswerHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const level = (heading: Element) => Number(heading.tagName[1]);
    const pageHeadings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => !heading.closest('.answer'));
    return [...document.querySelectorAll('.answer')].flatMap((answer) => {
      const top = answer.querySelector('h1, h2, h3, h4, h5, h6');
      if (!top) return [];
      const parent = pageHeadings.filter((heading) => heading.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
      return parent && level(top) === level(parent) + 1 ? [] : [`${top.tagName} ${top.textContent?.trim()} under ${parent?.tagName} ${parent?.textContent?.trim()}`];
    });
  });
}

/** The first heading that is more than one level below the one before it, if any. */
function firstSkip(outline: string[]): string | undefined {
  let previous = 0;
  for (const [index, heading] of outline.entries()) {
    const level = Number(heading[1]);
    if (level > previous + 1) return `${outline[index - 1] ?? '(start)'} → ${heading}`;
    previous = level;
  }
  return undefined;
}

describe('a customer using a screen reader’s list of headings', () => {
  /** A category page that lists answers with headings of their own, found in the build. */
  function categoryWithAnswerHeadings(prefix: string): string {
    const dir = path.join(site.outDir, prefix, 'c');
    for (const file of fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('index.html')).sort()) {
      if (/<div class="answer prose">(?:(?!<\/details>).)*<h\d/s.test(fs.readFileSync(path.join(dir, file), 'utf8'))) return `/${prefix}c/${path.dirname(file)}/`;
    }
    throw new Error('the demo needs a category listing an answer with headings');
  }
  function entryWithHeadings(prefix: string): string {
    const dir = path.join(site.outDir, prefix, 'q');
    for (const name of fs.readdirSync(dir).sort()) {
      if (/<div class="answer prose">(?:(?!<\/div>).)*<h\d/s.test(fs.readFileSync(path.join(dir, name, 'index.html'), 'utf8'))) return `/${prefix}q/${name}/`;
    }
    throw new Error('the demo needs an entry with headings in its answer');
  }

  it.each(LANGUAGES.flatMap(([language, prefix]) => [
    [`the handbook (${language})`, () => `/${prefix}handbook/`],
    [`a category listing answers with headings (${language})`, () => categoryWithAnswerHeadings(prefix)],
    [`an entry whose answer has headings (${language})`, () => entryWithHeadings(prefix)],
    [`home (${language})`, () => `/${prefix}`],
  ] as const))('never skips a heading level on %s', async (_name, url) => {
    const { page } = await open(url(), 1280);
    const outline = await headingOutline(page);
    expect(outline[0]).toMatch(/^h1 /);
    expect(firstSkip(outline)).toBeUndefined();
    expect(await misplacedAnswerHeadings(page)).toEqual([]);
  });
});

/** Link names a reader can reach that go to more than one place, as `name: href , href`. */
function linkNameClashes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = new Map<string, Set<string>>();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      // Links a reader can reach: rendered, or in a closed answer that opens in place.
      if (link.getClientRects().length === 0 && !link.closest('details:not([open])')) continue;
      const name = (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!name) continue;
      targets.set(name, (targets.get(name) ?? new Set()).add(link.href));
    }
    return [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `${name}: ${[...hrefs].join(' , ')}`);
  });
}
