import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../src/core/content/yaml-source.ts';
import { formatProblems } from '../../../src/core/content/problems.ts';

const CATEGORIES = [
  '# The catalogue',
  '- id: orders',
  '  title: { en: Orders, zh: 订单 }',
  '  children:',
  '',
  '    - id: returns',
  '      title:',
  '        en: Returns',
  '      description: |',
  '        Sending things back.',
  '        And refunds.',
  '    - id: shipping',
  '      # no title yet',
  '      title:',
  '- id: products',
  '  tags: [',
  '    one,',
  '    two,',
  '  ]',
].join('\n');

describe('the line of a value in a YAML file', () => {
  const source = parseYamlSource(CATEGORIES, 'categories.yaml');

  it('is the line of its key, however deep, for block and flow maps alike', () => {
    expect(source.problems).toEqual([]);
    expect(source.lineOf([0, 'id'])).toBe(2);
    expect(source.lineOf([0, 'title', 'zh'])).toBe(3);
    expect(source.lineOf([0, 'children', 0, 'title', 'en'])).toBe(8);
    expect(source.lineOf([0, 'children', 0, 'description'])).toBe(9);
    expect(source.lineOf([0, 'children', 1, 'title'])).toBe(14);
  });

  it('is the line of the item for a list item, also in a list written over several lines', () => {
    expect(source.lineOf([0, 'children', 1])).toBe(12);
    expect(source.lineOf([1, 'tags', 0])).toBe(17);
    expect(source.lineOf([1, 'tags', 1])).toBe(18);
  });

  it('is the line of the nearest written parent for a key that is missing', () => {
    expect(source.lineOf([0, 'children', 1, 'title', 'en'])).toBe(14);
    expect(source.lineOf([1, 'title'])).toBe(15);
    expect(source.lineOf([7, 'id'])).toBe(2);
  });

  it('counts the lines before the text, such as the opening --- of front matter', () => {
    expect(parseYamlSource('question: Why?\naudience: [new, loyal]\n', 'faq/why.md', 1).lineOf(['audience', 1])).toBe(3);
  });
});

describe('YAML that cannot be read', () => {
  const report = (text: string) => formatProblems(parseYamlSource(text, 'site.yaml').problems);
  const HINT = ' — check indentation, and quote values that contain ": " or start with a special character';

  it('is reported at the line of the mistake, with advice', () => {
    expect(report('title: Help\ntitle: Again\n')).toMatch(new RegExp(`^site\\.yaml:2: this is not valid YAML: \\S.*${HINT}$`));
    expect(report('title: Help\nlanguages: [en, zh\n')).toMatch(new RegExp(`^site\\.yaml:2: this is not valid YAML: \\S.*${HINT}$`));
  });

  it('is reported on the line of a key that lost its colon, not where the next key starts', () => {
    expect(report('title: Help\ndefaultLang: en\nlanguages\n\n\nbase: /help/\n')).toMatch(new RegExp(`^site\\.yaml:3: this is not valid YAML: \\S.*${HINT}$`));
    expect(report('title: Help\ndescription: A help centre for our\ncustomers\ndefaultLang: en\n')).toMatch(new RegExp(`^site\\.yaml:3: this is not valid YAML: \\S.*${HINT}$`));
  });

  it('is reported at the second document when a file holds two', () => {
    expect(report('# settings\ntitle: Help\n---\ntitle: Again\n')).toMatch(new RegExp(`^site\\.yaml:3: this is not valid YAML: \\S.*${HINT}$`));
  });

  it('says to quote a value with ": " in it, showing the line as it should be written', () => {
    expect(report('title: Help\ndescription: Refunds: how long they take\n')).toBe(
      'site.yaml:2: this is not valid YAML: the value of `description` has ": " in it, which YAML reads as the start of another setting — put the whole value in quotes: description: "Refunds: how long they take"',
    );
    expect(report('contact:\n  - kind: email\n    label: Mail: help desk\n')).toBe(
      'site.yaml:3: this is not valid YAML: the value of `label` has ": " in it, which YAML reads as the start of another setting — put the whole value in quotes:     label: "Mail: help desk"',
    );
  });

  it('is reported where a quote opens and is never closed, not at the end of the file where YAML notices', () => {
    expect(report('title: "Help\ndefaultLang: en\nlanguages: [en]\n')).toBe('site.yaml:1: this is not valid YAML: the double quote that opens this value is never closed — end the value with " on the same line');
    expect(report("title: Help\ndescription: 'It''s all here\ndefaultLang: en\n")).toBe("site.yaml:2: this is not valid YAML: the single quote that opens this value is never closed — end the value with ' on the same line");
  });

  it('names an alias to an anchor that does not exist, at its line', () => {
    expect(report('title: Help\ncontact: *channels\n')).toMatch(/^site\.yaml:2: this is not valid YAML: .*"channels"/);
  });
});

describe('aliases', () => {
  it('copy the value they stand for', () => {
    const source = parseYamlSource('- &pair [refund, money back]\n- *pair\n- [return, *pair]\n', 'synonyms.yaml');
    expect(source.problems).toEqual([]);
    expect(source.value).toEqual([['refund', 'money back'], ['refund', 'money back'], ['return', ['refund', 'money back']]]);
  });

  it('of aliases are fine while they copy a modest amount', () => {
    const text = ['a: &a [x, x, x]', 'b: &b [*a, *a, *a]', 'c: &c [*b, *b, *b]', 'd: [*c, *c, *c]'].join('\n');
    const source = parseYamlSource(text, 'site.yaml');
    expect(source.problems).toEqual([]);
    expect((source.value as { d: unknown[] }).d.flat(3)).toHaveLength(81);
  });

  it('that multiply past reason are refused at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c']]) levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    expect(formatProblems(parseYamlSource(`# comment\n${levels.join('\n')}\n`, 'site.yaml').problems)).toBe(
      'site.yaml:3: the `*` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
    );
  });
});

describe('the YAML 1.2 core schema', () => {
  it('keeps dates and yes/no as text, and reads numbers and true/false', () => {
    const source = parseYamlSource('updated: 2026-13-45\nwritten: 2026-10-01\nanswer: yes\ncount: 12\ndraft: true\n', 'x.yaml');
    expect(source.value).toEqual({ updated: '2026-13-45', written: '2026-10-01', answer: 'yes', count: 12, draft: true });
  });
});
