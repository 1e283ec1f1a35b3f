import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite, type ServedSite } from '../support/served-site.ts';
import { seriousAccessibilityViolations, sidewaysOverflow } from '../support/page-checks.ts';
import { reusedTab, type ReusedTab } from '../support/reused-page.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { removeContentFolders, writeContentFolder } from '../support/long-lists.ts';

/**
 * Editors write what their product is called and where it lives: a firmware
 * file name, a download URL, a German compound. None of it has a place to
 * break, and each is far wider than a 320 px phone.
 */
const WORD = 'Datenschutzgrundverordnungskonformitätsprüfungsbericht';
const URL_TEXT = 'https://downloads.example.com/firmware/thermostat/v2.14.3/release-notes-and-checksums-sha256.txt';
const COMMAND = `curl -fsSL ${URL_TEXT} | sha256sum --check ${WORD}.sha256`;

function answer(n: number): string {
  return [
    `Download ${WORD}-${n} from ${URL_TEXT}, or follow [${URL_TEXT}](${URL_TEXT}) or <${URL_TEXT}>. The check is \`${WORD}${WORD}\`.`,
    `\`\`\`sh\n${COMMAND}\n\`\`\``,
    `| ${WORD} | ${URL_TEXT} |\n| --- | --- |\n| ${WORD}${WORD} | ${URL_TEXT} |`,
    `> [!NOTE]\n> ${URL_TEXT}`,
  ].join('\n\n');
}

function contentWithLongWords(): string {
  const files = new Map<string, string>([
    [
      'site.yaml',
      [
        `title: Help${WORD}Center`,
        `description: Answers about ${WORD}`,
        'defaultLang: en',
        // Five languages: their names fill a phone's toolbar.
        'languages: [en, ar, nl, de, fr]',
        'gate: { audiences: [] }',
        'contact:',
        `  - { kind: email, label: "support-${WORD}@example.com", href: "mailto:help@example.com", note: "Answered within ${WORD}" }`,
        '',
      ].join('\n'),
    ],
    ['categories.yaml', `- id: devices\n  title: Devices${WORD}\n  description: All about ${WORD}\n  children:\n    - id: firmware\n      title: Firmware${WORD}\n      description: Updating ${URL_TEXT}\n`],
    ['products.yaml', `- id: thermo\n  name: Thermo${WORD}\n  url: ${URL_TEXT}\n  description: The ${WORD} device\n`],
  ]);
  for (const n of [1, 2, 3]) {
    const related = [1, 2, 3].filter((other) => other !== n).map((other) => `q${other}`);
    files.set(
      `faq/q${n}.md`,
      `---\nquestion: How do I install ${WORD}${n} from ${URL_TEXT}?\naudience: [new]\ncategory: devices/firmware\nproducts: [thermo]\nrelated: [${related.join(', ')}]\npriority: ${10 - n}\n---\n${answer(n)}\n`,
    );
  }
  // A right-to-left page, with its own interface text, breaks long words at its edge as well.
  files.set('faq/ar/q1.md', `---\nid: q1\nlang: ar\nquestion: كيف أثبت ${WORD} من ${URL_TEXT}؟\naudience: [new]\ncategory: devices/firmware\n---\n${answer(1)}\n`);
  files.set('i18n/ar.yaml', 'searchButton: بحث\nsearchLabel: ابحث في مركز المساعدة\n');
  for (const lang of ['nl', 'de', 'fr']) files.set(`faq/${lang}/q1.md`, `---\nid: q1\nlang: ${lang}\nquestion: ${WORD}?\naudience: [new]\ncategory: devices/firmware\n---\n${URL_TEXT}\n`);
  return writeContentFolder(files);
}

let site: ServedSite;
let phone: ReusedTab;

beforeAll(async () => {
  site = await serveBuiltSite({ contentDir: contentWithLongWords() });
  phone = await reusedTab(site.browser, { isMobile: true, hasTouch: true });
}, 120_000);

afterAll(async () => {
  await site?.close();
  removeContentFolders();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const visit = await phone.visit(site.url(url), { width: 320, height: 700 });
  if (url.includes('search/?q=')) await visit.page.locator('[data-search-results] [role="option"]').first().waitFor();
  if (url.includes('ask/?q=')) await visit.page.locator('[data-ask-suggestions] .ask-suggestion').first().waitFor();
  return visit;
}

const EVERY_PAGE = [
  ['home', '/'],
  ['topic', '/c/devices/'],
  ['sub-topic', '/c/devices/firmware/'],
  ['answer', '/q/q1/'],
  ['product', '/p/thermo/'],
  ['audience', '/for/new/'],
  ['search results', '/search/?q=install'],
  ['ask', '/ask/?q=install'],
  ['handbook', '/handbook/'],
  ["what's new", '/new/'],
  ['not found', '/404.html'],
  ['Arabic home', '/ar/'],
  ['Arabic answer', '/ar/q/q1/'],
] as const;

describe('words wider than a phone', () => {
  it.each(EVERY_PAGE)('break on the %s page rather than scroll it sideways at 320 px', async (_kind, url) => {
    const { page, errors } = await open(url);
    expect(await sidewaysOverflow(page)).toEqual({ width: 320, wider: [] });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leave the names of the languages whole, the list wrapping between them', async () => {
    const { page } = await open('/');
    const names = page.locator('.language-switch a');
    expect(await names.allTextContents()).toEqual(['العربية', 'Nederlands', 'Deutsch', 'Français']);
    const linesPerName = await names.evaluateAll((links) =>
      links.map((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      }),
    );
    expect(linesPerName).toEqual([1, 1, 1, 1]);
  });

  it('leave a code block its lines, scrolled sideways in its own box from the keyboard', async () => {
    const { page } = await open('/q/q1/');
    const block = page.locator('.prose pre').first();
    expect(await block.textContent()).toBe(`${COMMAND}\n`);
    expect(await block.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await tabTo(page, '.prose pre');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  it('lay an Arabic answer out right to left, with its code still left to right', async () => {
    const { page } = await open('/ar/q/q1/');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const block = page.locator('.prose pre').first();
    expect(await block.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await page.locator('.prose p code').first().evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    // The breadcrumb starts at the right edge, where an Arabic reader starts reading.
    const crumbs = await page.locator('.breadcrumb ol').evaluate((list) => {
      const first = list.firstElementChild!.getBoundingClientRect();
      const whole = list.getBoundingClientRect();
      return { fromRight: Math.round(whole.right - first.right), fromLeft: Math.round(first.left - whole.left) };
    });
    expect(crumbs.fromRight).toBe(0);
    expect(crumbs.fromLeft).toBeGreaterThan(100);
  });
});
