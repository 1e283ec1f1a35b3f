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

/** The valid fixture with Dutch (an interface the product does not ship) added to its languages, one Dutch entry, and `files` under the content folder. */
function dutchSite(files: Record<string, string>, languages = '[en, zh, nl]'): string {
  scratch = scratchContent((dir) => {
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', `languages: ${languages}`));
    fs.mkdirSync(path.join(dir, 'faq/nl'));
    fs.writeFileSync(path.join(dir, 'faq/nl/return-window.md'), entry('Hoe lang kan ik iets terugsturen?', 'id: return-window\nlang: nl\n', 'Dertig dagen.\n\n> [!NOTE]\n> Vanaf de levering.\n\nZie https://acme.example/retour.\n'));
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
    const dir = dutchSite({
      'i18n/nl.yaml': 'searchButton: Zoeken\nsearchResultsCount: "{count} antwoorden"\ncallout:\n  note: Opmerking\nexternalLink: (opent een andere website)\nask:\n  send: Versturen\n',
    });
    const loaded = loadContent(dir, { includeDrafts: false, renderAnswers: true });
    const { model } = buildSite(loaded.content!, { answers: loaded.answers });
    const dutch = model.languages.find((view) => view.lang === 'nl')!;
    expect(dutch.strings.searchButton).toBe('Zoeken');
    expect(dutch.strings.searchResultsCount).toBe('{count} antwoorden');
    expect(dutch.strings.ask.send).toBe('Versturen');
    // What the file leaves out reads as the shipped English, and the language names itself in its own words.
    expect(dutch.strings.ask.title).toBe(uiStrings('en').ask.title);
    expect(dutch.strings.languageName).toBe('Nederlands');
    const answer = dutch.entries['return-window']!.html;
    expect(answer).toContain('Opmerking</p>');
    expect(answer).toContain('<span class="visually-hidden"> (opent een andere website)</span>');
    expect(dutch.app.manifest.shortcuts[0]!.name).toBe('Zoeken');
    // The English entry's list of translations names Dutch as the Dutch do.
    expect(model.languages[0]!.entries['return-window']!.translations.map((link) => link.languageName).sort()).toEqual(['Nederlands', '中文']);
    // The shipped languages are untouched.
    expect(model.languages.map((view) => view.strings.searchButton)).toEqual(['Search', '搜索', 'Zoeken']);
  });

  it('changes the words of a shipped language where the site writes them, and nowhere else', () => {
    const dir = dutchSite({ 'i18n/en.yaml': 'mostAsked: Top questions this week\naudienceName:\n  loyal: Members\n' }, '[en, zh]');
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.file.includes('i18n') || problem.file.endsWith('site.yaml'))).toEqual([]);
    const english = interfaceOf(content!, 'en');
    expect(english.mostAsked).toBe('Top questions this week');
    expect(english.audienceName).toEqual({ ...uiStrings('en').audienceName, loyal: 'Members' });
    expect(interfaceOf(content!, 'zh')).toEqual(uiStrings('zh'));
  });

  it('reports every mistake in the files, with file, line and how to fix it, in one run', () => {
    const dir = dutchSite({
      'i18n/nl.yaml': [
        'searchButton: Zoeken',
        'searchResultsCount: "{n} antwoorden"',
        'productPageTitle: Vragen over het product',
        'serchHint: Druk op /',
        'searchTips: Gewoon typen',
        'ask:',
        '  title: ""',
        '  send: [Versturen]',
        'pageOf: "Pagina {page} van {count}"',
        '',
      ].join('\n'),
      'i18n/sv.yaml': 'searchButton: Sök\n',
      'i18n/Nederlands.yaml': 'searchButton: Zoeken\n',
      'i18n/nl.json': '{}',
    });
    const total = stringLeaves(uiStrings('en')).length;
    expect(messages(dir)).toEqual([
      'error i18n/Nederlands.yaml: "Nederlands" is not a language tag — name the file after the language it translates, as in site.yaml\'s `languages:`: de.yaml, pt-br.yaml',
      'warning i18n/nl.json: this file is not read — write a language\'s interface text as i18n/<language>.yaml, such as de.yaml',
      'error i18n/nl.yaml:5: `searchTips` should be a list — got string "Gewoon typen": write it as a list, [Gewoon typen]',
      'error i18n/nl.yaml:7: `ask.title`: empty text — write the text, or remove the line to keep the shipped one',
      'error i18n/nl.yaml:8: `ask.send` should be text — got a list',
      'warning i18n/nl.yaml:4: unknown key `serchHint` is ignored — did you mean `searchHint`?',
      'error i18n/nl.yaml:2: `searchResultsCount` has {n}, which nothing fills in, so readers would see it as written — use {count}',
      'warning i18n/nl.yaml:3: `productPageTitle` leaves out {product}, so readers do not see what it stands for — put {product} where it belongs in the sentence, as in the shipped text: "Questions about {product}"',
      // Seven of its texts are the interface's own (the misspelt key is not), right or wrong.
      `warning i18n/nl.yaml: ${total - 7} of the ${total} interface texts are not written here and show in English on the "nl" site: languageName, skipToContent, faq, catalogue, contact, and ${total - 12} more — add them; \`npm run new -- --interface nl\` lists every text still to translate`,
      'warning i18n/sv.yaml: this is the interface text of "sv", which site.yaml\'s `languages:` does not list — add sv to `languages:`, or remove the file',
      `warning i18n/sv.yaml: ${total - 1} of the ${total} interface texts are not written here and show in English on the "sv" site: languageName, skipToContent, faq, catalogue, contact, and ${total - 6} more — add them; \`npm run new -- --interface sv\` lists every text still to translate`,
    ]);
  });

  it('answers a key no interface text has with where to find every key, rather than listing them all', () => {
    const dir = dutchSite({ 'i18n/nl.yaml': 'searchButton: Zoeken\nzoekknop: Zoeken\n' });
    expect(messages(dir).filter((line) => line.includes('zoekknop'))).toEqual([
      "warning i18n/nl.yaml:2: unknown key `zoekknop` is ignored — it is not one of the interface's texts; `npm run new -- --interface nl` prints the ones this file does not have yet, by their keys",
    ]);
  });

  it('warns when a language of the site has no interface text of its own, on the line of `languages:`', () => {
    const dir = dutchSite({});
    expect(messages(dir)).toEqual([
      `warning site.yaml:3: the interface of the "nl" site (buttons, labels, messages) is in English: the product ships English, Chinese, Traditional Chinese, German, French, Spanish, and Japanese — write its ${stringLeaves(uiStrings('en')).length} texts in i18n/nl.yaml; \`npm run new -- --interface nl\` writes the file with every text to translate`,
    ]);
  });

  it('gives a site in traditional Chinese the shipped interface in traditional characters, without a warning, under its own texts', () => {
    const taiwanese = { 'faq/zh-tw/return-window.md': entry('退貨期限多長？', 'id: return-window\nlang: zh-tw\n', '三十天。\n') };
    const dir = dutchSite(taiwanese, '[en, zh, nl, zh-tw]');
    expect(messages(dir).filter((message) => message.includes('zh-tw'))).toEqual([]);
    const shipped = interfaceOf(loadContent(dir, { includeDrafts: false }).content!, 'zh-tw');
    expect([shipped.searchButton, shipped.languageName]).toEqual(['搜尋', '繁體中文']);
    scratch!.remove();
    const written = dutchSite({ ...taiwanese, 'i18n/zh-tw.yaml': 'searchButton: 查詢\n' }, '[en, zh, nl, zh-tw]');
    expect(messages(written).filter((message) => message.includes('zh-tw'))).toEqual([]);
    const own = interfaceOf(loadContent(written, { includeDrafts: false }).content!, 'zh-tw');
    expect([own.searchButton, own.searchPlaceholder]).toEqual(['查詢', shipped.searchPlaceholder]);
  });

  it('writes the texts still to translate as YAML that reads back as them, keeping what the file has', () => {
    const everything = jsYaml.load(interfaceTextToWrite('nl', undefined));
    expect(everything).toEqual({ ...uiStrings('en'), languageName: 'Nederlands' });
    expect(jsYaml.load(interfaceTextToWrite('zh', undefined))).toEqual(uiStrings('zh'));
    const rest = jsYaml.load(interfaceTextToWrite('nl', { searchButton: 'Zoeken', ask: { send: 'Versturen' } })) as Record<string, unknown>;
    expect(rest.searchButton).toBeUndefined();
    expect((rest.ask as Record<string, unknown>).send).toBeUndefined();
    expect((rest.ask as Record<string, unknown>).title).toBe(uiStrings('en').ask.title);
    expect(interfaceTextToWrite('nl', jsYaml.load(interfaceTextToWrite('nl', undefined)) as object)).toBe('');
  });
});
