import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readOutput, removeTemporaryFolders, type BuildResult } from '../support/astro-build.ts';
import { entry, scratchContent, type ScratchContent } from '../support/editor-mistakes.ts';
import { uiStrings } from '../../src/core/i18n/strings.ts';

/**
 * The valid fixture in English, Chinese, Dutch, German, Arabic and Taiwan's Chinese: the Dutch interface written by the
 * site (the product does not ship it), German and traditional Chinese as shipped, a few Arabic texts, and one English
 * word changed.
 */
let scratch: ScratchContent;
let build: BuildResult;

const DUTCH = `# The Dutch site's interface
searchLabel: Helpcentrum doorzoeken
searchButton: Zoeken
mostAsked: Meest gevraagd
searchResultsCount: "{count} antwoorden"
externalLink: (opent een andere website)
callout:
  note: Opmerking
ask:
  title: Een vraag stellen
`;

beforeAll(() => {
  scratch = scratchContent((dir) => {
    fs.mkdirSync(path.join(dir, 'i18n'));
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', 'languages: [en, zh, nl, de, ar, zh-TW]'));
    fs.mkdirSync(path.join(dir, 'faq/ar'));
    fs.writeFileSync(path.join(dir, 'faq/ar/return-window.md'), entry('كم من الوقت لدي لإرجاع منتج؟', 'id: return-window\nlang: ar\n', 'ثلاثون يومًا.\n'));
    fs.writeFileSync(path.join(dir, 'i18n/ar.yaml'), 'searchButton: بحث\n');
    fs.mkdirSync(path.join(dir, 'faq/nl'));
    fs.writeFileSync(path.join(dir, 'faq/nl/return-window.md'), entry('Hoe lang kan ik iets terugsturen?', 'id: return-window\nlang: nl\n', 'Dertig dagen, zie https://acme.example/retour.\n\n> [!NOTE]\n> De termijn begint bij de levering.\n'));
    fs.mkdirSync(path.join(dir, 'faq/de'));
    fs.writeFileSync(path.join(dir, 'faq/de/return-window.md'), entry('Wie lange kann ich zurücksenden?', 'id: return-window\nlang: de\n', 'Dreißig Tage.\n'));
    fs.mkdirSync(path.join(dir, 'faq/zh-tw'));
    fs.writeFileSync(path.join(dir, 'faq/zh-tw/return-window.md'), entry('商品可以在多久內退貨？', 'id: return-window\nlang: zh-TW\n', '收到商品後三十天內。\n'));
    fs.writeFileSync(path.join(dir, 'i18n/nl.yaml'), DUTCH);
    fs.writeFileSync(path.join(dir, 'i18n/en.yaml'), 'mostAsked: Top questions\n');
  });
  build = buildSite({ contentDir: scratch.dir });
}, 120_000);

/** The output folder of the zh-TW pages, whatever case the build gives it. */
function taiwanFolder(): string {
  return fs.readdirSync(build.outDir).find((name) => name.toLowerCase() === 'zh-tw')!;
}

afterAll(() => {
  scratch?.remove();
  removeTemporaryFolders();
});

describe('a site whose i18n/ folder writes interface text', () => {
  it('builds, and says which texts of the Dutch interface still show in English', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/i18n\/nl\.yaml: \d+ of the \d+ interface texts are not written here and show in English on the "nl" site/);
    expect(build.output).not.toMatch(/"de" site/);
  });

  it('shows the Dutch texts on every Dutch page, and the English words nowhere there', () => {
    const pages = listFiles(build.outDir).filter((file) => file.startsWith('nl/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readOutput(build.outDir, page);
      expect(html, page).toContain('<html lang="nl"');
      expect(html, page).not.toContain('Search the help center');
    }
    const home = readOutput(build.outDir, 'nl/index.html');
    expect(home).toContain('Helpcentrum doorzoeken');
    expect(home).toContain('>Zoeken<');
    expect(home).toContain('Meest gevraagd');
    expect(home).toContain('{count} antwoorden');
    expect(readOutput(build.outDir, 'nl/ask/index.html')).toContain('Een vraag stellen');
  });

  it("puts the Dutch labels into a Dutch answer: callouts, and links that leave the site", () => {
    const answer = readOutput(build.outDir, 'nl/q/return-window/index.html');
    expect(answer).toContain('Opmerking</p>');
    expect(answer).toContain('<span class="visually-hidden"> (opent een andere website)</span>');
  });

  it('gives a language the product ships its interface with no file at all', () => {
    const german = uiStrings('de');
    expect(german.searchButton).not.toBe(uiStrings('en').searchButton);
    const home = readOutput(build.outDir, 'de/index.html');
    expect(home).toContain(`>${german.searchButton}<`);
    expect(home).toContain(german.mostAsked);
    expect(home).not.toContain('Search the help center');
  });

  it('gives a site in Taiwan its Chinese interface in traditional characters, and the simplified one to the site in China', () => {
    const taiwan = readOutput(build.outDir, `${taiwanFolder()}/index.html`);
    expect(taiwan).toContain('<html lang="zh-TW"');
    expect(taiwan).toContain(`>${uiStrings('zh-Hant').searchButton}<`);
    expect(taiwan).toContain('搜尋說明中心');
    expect(taiwan).not.toContain('搜索');
    expect(readOutput(build.outDir, 'zh/index.html')).toContain('>搜索<');
    expect(readOutput(build.outDir, 'index.html')).toMatch(/hreflang="zh-TW"[^>]*>繁體中文</);
  });

  it('names each language in its own words in every language menu, and in its app', () => {
    expect(readOutput(build.outDir, 'index.html')).toMatch(/hreflang="nl"[^>]*>Nederlands</);
    expect(readOutput(build.outDir, 'index.html')).toMatch(/hreflang="de"[^>]*>Deutsch</);
    const manifest = JSON.parse(readOutput(build.outDir, 'nl/manifest.webmanifest')) as { lang: string; shortcuts: { name: string }[] };
    expect(manifest.lang).toBe('nl');
    expect(manifest.shortcuts.map((shortcut) => shortcut.name)).toEqual(['Zoeken', 'Een vraag stellen']);
  });

  it('changes a shipped English word where the site wrote it, and leaves Chinese as shipped', () => {
    expect(readOutput(build.outDir, 'index.html')).toContain('Top questions');
    expect(readOutput(build.outDir, 'index.html')).not.toContain('Most asked');
    expect(readOutput(build.outDir, 'zh/index.html')).toContain('大家都在问');
  });

  it('lays out an Arabic site right to left, pages and app alike, and Dutch left to right', () => {
    expect(readOutput(build.outDir, 'ar/q/return-window/index.html')).toContain('<html lang="ar" dir="rtl">');
    expect(readOutput(build.outDir, 'nl/index.html')).toContain('<html lang="nl" dir="ltr">');
    expect(JSON.parse(readOutput(build.outDir, 'ar/manifest.webmanifest'))).toMatchObject({ lang: 'ar', dir: 'rtl', shortcuts: [{ name: 'بحث' }, {}] });
    // The stylesheets place things by the start and end of a line, so a right-to-left page mirrors. Only a table
    // column its author aligned right stays right, and the play button's triangle points right, as media controls do.
    const styles = listFiles(build.outDir).filter((file) => file.endsWith('.css')).map((file) => readOutput(build.outDir, file)).join('\n');
    expect(styles).toContain('border-inline-start');
    const physical = styles.split('}').filter((rule) => /[{;][^:;{}]*(?:left|right)|:\s*(?:left|right)\b/.test(rule)).map((rule) => rule.slice(0, rule.indexOf('{')).trim());
    expect(physical).toEqual(['.prose .align-right', '.video-play-icon']);
  });
});
