import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders } from '../../support/astro-build.ts';
import { entry, scratchContent, type ScratchContent } from '../../support/editor-mistakes.ts';
import { insightsOf, insightsSite } from '../../support/insights.ts';

let scratch: ScratchContent | undefined;
afterAll(() => {
  scratch?.remove();
  removeTemporaryFolders();
});

/** A search readers of `lang` made that found nothing. */
const unanswered = (lang: string, query: string) => JSON.stringify({ type: 'search', at: '2026-11-20T10:15Z', lang, page: `/${lang}/search/`, query, results: 0, opened: null, rank: null });

describe('the command a missing question suggests', () => {
  it.each([
    ['Japanese', 'ja', 'ルーター'],
    ['Chinese as written in Taiwan', 'zh-TW', '路由器'],
  ])('starts a %s entry from what its readers wrote in their own script, not from a search in Latin letters', async (_name, lang, word) => {
    scratch = scratchContent((dir) => {
      const site = path.join(dir, 'site.yaml');
      fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', `languages: [en, zh, ${lang}]`));
      fs.mkdirSync(path.join(dir, `faq/${lang.toLowerCase()}`));
      fs.writeFileSync(path.join(dir, `faq/${lang.toLowerCase()}/return-window.md`), entry(lang === 'ja' ? '返品できる期間は？' : '可以在多久內退貨？', `id: return-window\nlang: ${lang}\n`, '30日。\n'));
    });
    const site = await insightsSite(scratch.dir);
    // The Latin spelling is searched most, but once readers also write both together, the searches are one question.
    const lines = [...Array(5).fill(unanswered(lang, 'router')), ...Array(3).fill(unanswered(lang, word)), ...Array(2).fill(unanswered(lang, `router ${word}`))];
    const { insights } = await insightsOf(site, lines);
    const [top] = insights.missing;
    expect(top!.examples.map((example) => example.text)).toEqual(expect.arrayContaining(['router', word]));
    expect(top!.command).toContain(`"${word}？"`);
    expect(top!.command).toContain(`--lang ${lang}`);
    scratch.remove();
    scratch = undefined;
  });
});

describe('the keywords suggested for the entry readers chose', () => {
  it('take the words readers used that search does not know the entry by, and not the name of a product it is about', async () => {
    const site = await insightsSite('tests/fixtures/valid/content');
    // Readers named the product and the deadline; the return window's question says neither, but it is about the Widget Pro.
    const chose = JSON.stringify({ type: 'search', at: '2026-11-20T10:15Z', lang: 'en', page: '/search/', query: 'widget return deadline', results: 4, opened: 'return-window', rank: 4 });
    const { insights } = await insightsOf(site, Array(3).fill(chose));
    const row = insights.notChosen.find((group) => group.target?.id === 'return-window');
    expect(row?.keywordsToAdd).toEqual(['deadline']);
  });
});
