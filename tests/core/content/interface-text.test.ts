import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { formatProblem } from '../../../src/core/content/problems.ts';
import { interfaceOf, interfaceTextToWrite } from '../../../src/core/content/interface-text.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { uiStrings } from '../../../src/core/i18n/strings.ts';
import { stringLeaves } from '../../../src/core/i18n/written-strings.ts';
import { entry, scratchContent, type ScratchContent } from '../../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;
afterEach(() => scratch?.remove());

/** The valid fixture with German added to its languages, one German entry, and `files` under the content folder. */
function germanSite(files: Record<string, string>, languages = '[en, zh, de]'): string {
  scratch = scratchContent((dir) => {
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', `languages: ${languages}`));
    fs.mkdirSync(path.join(dir, 'faq/de'));
    fs.writeFileSync(path.join(dir, 'faq/de/return-window.md'), entry('Wie lange kann ich zurücksenden?', 'id: return-window\nlang: de\n', 'Dreißig Tage.\n\n> [!NOTE]\n> Ab Lieferung.\n\nSiehe https://acme.example/rueckgabe.\n'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
  });
  return scratch.dir;
}

/** Each problem as the check prints it, with the path relative to the content folder. */
function messages(dir: string): string[] {
  const { problems } = loadContent(dir, { includeDrafts: false });
  const prefix = `${path.relative(process.cwd(), dir)}/`;
  return problems.map((problem) => `${problem.severity} ${formatProblem(problem).replace(prefix, '')}`).filter((line) => !line.includes('translation —') && !line.includes('no keywords'));
}

describe("a site's own interface text", () => {
  it('gives a language the product does not ship its buttons, labels and messages, on every page and in every answer', () => {
    const dir = germanSite({
      'i18n/de.yaml': 'searchButton: Suchen\nsearchResultsCount: "{count} Antworten"\ncallout:\n  note: Hinweis\nexternalLink: (öffnet eine andere Website)\nask:\n  send: Absenden\n',
    });
    const loaded = loadContent(dir, { includeDrafts: false, renderAnswers: true });
    const { model } = buildSite(loaded.content!, { answers: loaded.answers });
    const german = model.languages.find((view) => view.lang === 'de')!;
    expect(german.strings.searchButton).toBe('Suchen');
    expect(german.strings.searchResultsCount).toBe('{count} Antworten');
    expect(german.strings.ask.send).toBe('Absenden');
    // What the file leaves out reads as the shipped English, and the language names itself in its own words.
    expect(german.strings.ask.title).toBe(uiStrings('en').ask.title);
    expect(german.strings.languageName).toBe('Deutsch');
    const answer = german.entries['return-window']!.html;
    expect(answer).toContain('Hinweis</p>');
    expect(answer).toContain('<span class="visually-hidden"> (öffnet eine andere Website)</span>');
    expect(german.app.manifest.shortcuts[0]!.name).toBe('Suchen');
    // The English entry's list of translations names German as Germans do.
    expect(model.languages[0]!.entries['return-window']!.translations.map((link) => link.languageName).sort()).toEqual(['Deutsch', '中文']);
    // The shipped languages are untouched.
    expect(model.languages.map((view) => view.strings.searchButton)).toEqual(['Search', '搜索', 'Suchen']);
  });

  it('changes the words of a shipped language where the site writes them, and nowhere else', () => {
    const dir = germanSite({ 'i18n/en.yaml': 'mostAsked: Top questions this week\naudienceName:\n  loyal: Members\n' }, '[en, zh]');
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.file.includes('i18n') || problem.file.endsWith('site.yaml'))).toEqual([]);
    const english = interfaceOf(content!, 'en');
    expect(english.mostAsked).toBe('Top questions this week');
    expect(english.audienceName).toEqual({ ...uiStrings('en').audienceName, loyal: 'Members' });
    expect(interfaceOf(content!, 'zh')).toEqual(uiStrings('zh'));
  });

  it('reports every mistake in the files, with file, line and how to fix it, in one run', () => {
    const dir = germanSite({
      'i18n/de.yaml': [
        'searchButton: Suchen',
        'searchResultsCount: "{n} Antworten"',
        'productPageTitle: Fragen zum Produkt',
        'serchHint: Drücken Sie /',
        'searchTips: Einfach tippen',
        'ask:',
        '  title: ""',
        '  send: [Absenden]',
        'pageOf: "Seite {page} von {count}"',
        '',
      ].join('\n'),
      'i18n/fr.yaml': 'searchButton: Rechercher\n',
      'i18n/Deutsch.yaml': 'searchButton: Suchen\n',
      'i18n/de.json': '{}',
    });
    const total = stringLeaves(uiStrings('en')).length;
    expect(messages(dir)).toEqual([
      'error i18n/Deutsch.yaml: "Deutsch" is not a language tag — name the file after the language it translates, as in site.yaml\'s `languages:`: de.yaml, pt-br.yaml',
      'warning i18n/de.json: this file is not read — write a language\'s interface text as i18n/<language>.yaml, such as de.yaml',
      'error i18n/de.yaml:5: `searchTips` should be a list — got string "Einfach tippen"',
      'error i18n/de.yaml:7: `ask.title`: empty text — write the text, or remove the line to keep the shipped one',
      'error i18n/de.yaml:8: `ask.send` should be text — got a list',
      'warning i18n/de.yaml:4: unknown key `serchHint` is ignored — did you mean `searchHint`?',
      'error i18n/de.yaml:2: `searchResultsCount` has {n}, which nothing fills in, so readers would see it as written — use {count}',
      'warning i18n/de.yaml:3: `productPageTitle` leaves out {product}, so readers do not see what it stands for — put {product} where it belongs in the sentence, as in the shipped text: "Questions about {product}"',
      // Seven of its texts are the interface's own (the misspelt key is not), right or wrong.
      `warning i18n/de.yaml: ${total - 7} of the ${total} interface texts are not written here and show in English on the "de" site: languageName, skipToContent, faq, catalogue, contact, and ${total - 12} more — add them; \`npm run new -- --interface de\` lists every text still to translate`,
      'warning i18n/fr.yaml: this is the interface text of "fr", which site.yaml\'s `languages:` does not list — add fr to `languages:`, or remove the file',
      `warning i18n/fr.yaml: ${total - 1} of the ${total} interface texts are not written here and show in English on the "fr" site: languageName, skipToContent, faq, catalogue, contact, and ${total - 6} more — add them; \`npm run new -- --interface fr\` lists every text still to translate`,
    ]);
  });

  it('warns when a language of the site has no interface text of its own, on the line of `languages:`', () => {
    const dir = germanSite({});
    expect(messages(dir)).toEqual([
      `warning site.yaml:3: the interface of the "de" site (buttons, labels, messages) is in English: the product ships English and Chinese — write its ${stringLeaves(uiStrings('en')).length} texts in i18n/de.yaml; \`npm run new -- --interface de\` writes the file with every text to translate`,
    ]);
  });

  it('writes the texts still to translate as YAML that reads back as them, keeping what the file has', () => {
    const everything = jsYaml.load(interfaceTextToWrite('de', undefined));
    expect(everything).toEqual({ ...uiStrings('en'), languageName: 'Deutsch' });
    expect(jsYaml.load(interfaceTextToWrite('zh', undefined))).toEqual(uiStrings('zh'));
    const rest = jsYaml.load(interfaceTextToWrite('de', { searchButton: 'Suchen', ask: { send: 'Absenden' } })) as Record<string, unknown>;
    expect(rest.searchButton).toBeUndefined();
    expect((rest.ask as Record<string, unknown>).send).toBeUndefined();
    expect((rest.ask as Record<string, unknown>).title).toBe(uiStrings('en').ask.title);
    expect(interfaceTextToWrite('de', jsYaml.load(interfaceTextToWrite('de', undefined)) as object)).toBe('');
  });
});
