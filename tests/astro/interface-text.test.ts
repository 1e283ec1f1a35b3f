import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readOutput, removeTemporaryFolders, type BuildResult } from '../support/astro-build.ts';
import { entry, scratchContent, type ScratchContent } from '../support/editor-mistakes.ts';

/** The valid fixture in English, Chinese and German, the German interface written by the site, and one English word changed. */
let scratch: ScratchContent;
let build: BuildResult;

const GERMAN = `# The German site's interface
searchLabel: Hilfe durchsuchen
searchButton: Suchen
mostAsked: Meistgefragt
searchResultsCount: "{count} Antworten"
externalLink: (öffnet eine andere Website)
callout:
  note: Hinweis
ask:
  title: Frage stellen
`;

beforeAll(() => {
  scratch = scratchContent((dir) => {
    fs.mkdirSync(path.join(dir, 'i18n'));
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', 'languages: [en, zh, de, ar]'));
    fs.mkdirSync(path.join(dir, 'faq/ar'));
    fs.writeFileSync(path.join(dir, 'faq/ar/return-window.md'), entry('كم من الوقت لدي لإرجاع منتج؟', 'id: return-window\nlang: ar\n', 'ثلاثون يومًا.\n'));
    fs.writeFileSync(path.join(dir, 'i18n/ar.yaml'), 'searchButton: بحث\n');
    fs.mkdirSync(path.join(dir, 'faq/de'));
    fs.writeFileSync(path.join(dir, 'faq/de/return-window.md'), entry('Wie lange kann ich zurücksenden?', 'id: return-window\nlang: de\n', 'Dreißig Tage, siehe https://acme.example/rueckgabe.\n\n> [!NOTE]\n> Die Frist beginnt mit der Lieferung.\n'));
    fs.writeFileSync(path.join(dir, 'i18n/de.yaml'), GERMAN);
    fs.writeFileSync(path.join(dir, 'i18n/en.yaml'), 'mostAsked: Top questions\n');
  });
  build = buildSite({ contentDir: scratch.dir });
}, 120_000);

afterAll(() => {
  scratch?.remove();
  removeTemporaryFolders();
});

describe('a site whose i18n/ folder writes interface text', () => {
  it('builds, and says which texts of the German interface still show in English', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/i18n\/de\.yaml: \d+ of the \d+ interface texts are not written here and show in English on the "de" site/);
  });

  it('shows the German texts on every German page, and the English words nowhere there', () => {
    const pages = listFiles(build.outDir).filter((file) => file.startsWith('de/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readOutput(build.outDir, page);
      expect(html, page).toContain('<html lang="de"');
      expect(html, page).not.toContain('Search the help center');
    }
    const home = readOutput(build.outDir, 'de/index.html');
    expect(home).toContain('Hilfe durchsuchen');
    expect(home).toContain('>Suchen<');
    expect(home).toContain('Meistgefragt');
    expect(home).toContain('{count} Antworten');
    expect(readOutput(build.outDir, 'de/ask/index.html')).toContain('Frage stellen');
  });

  it("puts the German labels into a German answer: callouts, and links that leave the site", () => {
    const answer = readOutput(build.outDir, 'de/q/return-window/index.html');
    expect(answer).toContain('Hinweis</p>');
    expect(answer).toContain('<span class="visually-hidden"> (öffnet eine andere Website)</span>');
  });

  it('names German in its own words in every language menu, and in the German app', () => {
    expect(readOutput(build.outDir, 'index.html')).toMatch(/hreflang="de"[^>]*>Deutsch</);
    const manifest = JSON.parse(readOutput(build.outDir, 'de/manifest.webmanifest')) as { lang: string; shortcuts: { name: string }[] };
    expect(manifest.lang).toBe('de');
    expect(manifest.shortcuts.map((shortcut) => shortcut.name)).toEqual(['Suchen', 'Frage stellen']);
  });

  it('changes a shipped English word where the site wrote it, and leaves Chinese as shipped', () => {
    expect(readOutput(build.outDir, 'index.html')).toContain('Top questions');
    expect(readOutput(build.outDir, 'index.html')).not.toContain('Most asked');
    expect(readOutput(build.outDir, 'zh/index.html')).toContain('大家都在问');
  });

  it('lays out an Arabic site right to left, pages and app alike, and German left to right', () => {
    expect(readOutput(build.outDir, 'ar/q/return-window/index.html')).toContain('<html lang="ar" dir="rtl">');
    expect(readOutput(build.outDir, 'de/index.html')).toContain('<html lang="de" dir="ltr">');
    expect(JSON.parse(readOutput(build.outDir, 'ar/manifest.webmanifest'))).toMatchObject({ lang: 'ar', dir: 'rtl', shortcuts: [{ name: 'بحث' }, {}] });
    // The stylesheets place things by the start and end of a line, so a right-to-left page mirrors. Only a table
    // column its author aligned right stays right, and the play button's triangle points right, as media controls do.
    const styles = listFiles(build.outDir).filter((file) => file.endsWith('.css')).map((file) => readOutput(build.outDir, file)).join('\n');
    expect(styles).toContain('border-inline-start');
    const physical = styles.split('}').filter((rule) => /[{;][^:;{}]*(?:left|right)|:\s*(?:left|right)\b/.test(rule)).map((rule) => rule.slice(0, rule.indexOf('{')).trim());
    expect(physical).toEqual(['.prose .align-right', '.video-play-icon']);
  });
});
