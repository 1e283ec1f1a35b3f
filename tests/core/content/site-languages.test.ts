import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/core/content/problems.ts';
import { entry, loadWithFiles } from '../../support/editor-mistakes.ts';

/** The valid fixture (entries in en and zh, `languages: [en, zh]`) with `languages:` rewritten and files added; its report with each line's severity. */
function load(languages: string, files: Record<string, string> = {}, { includeDrafts = false } = {}) {
  const loaded = loadWithFiles({ 'site.yaml': (written) => written.replace('languages: [en, zh]', `languages: ${languages}`), ...files }, { includeDrafts });
  const prefix = `${path.relative(process.cwd(), loaded.dir)}/`;
  const report = loaded.problems
    .filter((problem) => !problem.message.includes('translation'))
    .map((problem) => `${problem.severity} ${formatProblems([problem]).split(prefix).join('')}`);
  return { content: loaded.content, report };
}

describe('the languages site.yaml lists', () => {
  it('are each listed once, in any case, or reported on the repeat\'s line; the site has each once', () => {
    const { content, report } = load('[en, zh, ZH, zh]');
    expect(report).toEqual([
      'error site.yaml:3: language "ZH" is listed twice in `languages` (as "zh") — list it once',
      'error site.yaml:3: language "zh" is listed twice in `languages` — list it once',
    ]);
    expect(content!.site.languages).toEqual(['en', 'zh']);
  });

  it('write the default language as `defaultLang` does', () => {
    expect(load('[EN, zh]').report).toEqual(['error site.yaml:3: language "EN" is the default language, written "en" in `defaultLang` — write it "en" in both places']);
  });
});

describe('a language of the site with no published entry', () => {
  it('is left out of the built site, with a warning: no pages, no language switch to an empty help center', () => {
    const { content, report } = load('[en, zh, fr]');
    expect(report).toEqual([
      'warning site.yaml:3: language "fr" has no published entries, so the built site leaves it out until one is published — publish an entry with `lang: fr`, or take fr out of `languages`',
    ]);
    expect(content!.site.languages).toEqual(['en', 'zh']);
  });

  it('counts its drafts as unpublished when built, and stays while editing, where drafts are shown', () => {
    const files = { 'faq/fr/retours.md': entry('Combien de temps pour renvoyer un article ?', 'lang: fr\ndraft: true\n') };
    const built = load('[en, zh, fr]', files);
    expect(built.report).toEqual([
      'warning site.yaml:3: language "fr" has no published entries, so the built site leaves it out until one is published — publish an entry with `lang: fr`, or take fr out of `languages`',
    ]);
    expect(built.content!.site.languages).toEqual(['en', 'zh']);
    const edited = load('[en, zh, fr]', files, { includeDrafts: true });
    expect(edited.content!.site.languages).toEqual(['en', 'zh', 'fr']);
  });

  it('stays once one entry in it is published', () => {
    const { content, report } = load('[en, zh, fr]', { 'faq/fr/retours.md': entry('Combien de temps pour renvoyer un article ?', 'lang: fr\n') });
    expect(report.filter((line) => line.includes('site.yaml'))).toEqual([]);
    expect(content!.site.languages).toEqual(['en', 'zh', 'fr']);
  });

  it('is an error when it is the default language, whose help center is the site\'s home', () => {
    const drafted = Object.fromEntries(
      ['orders/refund-timing', 'orders/return-window', 'products/widget-tuning'].map((file) => [`faq/${file}.md`, entry(`What about ${file}?`, 'draft: true\n')]),
    );
    const { report: homeless } = load('[en, zh]', drafted);
    expect(homeless).toEqual([
      'error site.yaml:3: the default language "en" has no published entries, so the site\'s home would be empty — publish an entry with `lang: en` (or no `lang:`), or make `defaultLang` a language that has some',
    ]);
  });
});
