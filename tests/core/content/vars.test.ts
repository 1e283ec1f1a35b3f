import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { formatProblem } from '../../../src/core/content/problems.ts';
import { buildSite } from '../../../src/core/site/build-site.ts';
import type { Content } from '../../../src/core/content/types.ts';

const VALID = 'tests/fixtures/valid/content';
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

const SITE_VARS = [
  'vars:',
  '  return_days: 30',
  '  support_hours: { en: "Mon–Fri 9:00–17:00 CET", zh: "周一至周五 9:00–17:00（欧洲中部时间）" }',
  '  english_only: { en: "only in English" }',
  '  evil: "<script>alert(1)</script> [click](javascript:alert(2)) ![x](https://evil.example/t.png) *bold* &lt;"',
  '  list_start: "1. not a list"',
  '  phone: "+44 20 7946-0321"',
  '  shop: "https://shop.example/a_b?x=1&y=~2"',
  '  script_link: "javascript:alert(3)"',
  '',
].join('\n');

/** The valid fixture, with variables in site.yaml and entry files written over or added. */
function contentWith(files: Record<string, string>, vars = SITE_VARS): { dir: string; label: (file: string) => string } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-vars-'));
  folders.push(parent);
  const dir = path.join(parent, 'content');
  fs.cpSync(VALID, dir, { recursive: true });
  fs.appendFileSync(path.join(dir, 'site.yaml'), vars);
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return { dir, label: (file) => path.relative(process.cwd(), path.join(dir, file)) };
}

function loaded(dir: string): Content {
  const { content, problems } = loadContent(dir, { includeDrafts: false });
  expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  return content!;
}

const entry = (content: Content, id: string, lang = 'en') => content.entries.find((item) => item.id === id && item.lang === lang)!;

const ENGLISH = [
  '---',
  'question: Can I return it within {{ vars.return_days }} days?',
  'also: ["{{vars.return_days}}-day returns", "returns {{  vars.return_days  }} days"]',
  'audience: new',
  'category: orders/returns',
  '---',
  'You have {{ vars.return_days }} days; we answer {{ vars.support_hours }}.',
  '',
  'Twice on one line: {{vars.return_days}} and {{ vars.return_days }}.',
  '',
].join('\n');

const CHINESE = [
  '---',
  'id: return-window',
  'question: 退货期限是{{ vars.return_days }}天吗？',
  'audience: [new]',
  'category: orders/returns',
  'lang: zh',
  '---',
  '签收后 {{ vars.return_days }} 天内可以退货。客服时间：{{ vars.support_hours }}。',
  '',
].join('\n');

describe('site variables', () => {
  it('are put in place in questions, also and answers, in the entry\'s language, with or without spaces, several per line', () => {
    const { dir } = contentWith({ 'faq/orders/return-window.md': ENGLISH, 'faq/zh/return-window.md': CHINESE });
    const content = loaded(dir);
    const english = entry(content, 'return-window');
    expect(english.question).toBe('Can I return it within 30 days?');
    expect(english.also).toEqual(['30-day returns', 'returns 30 days']);
    expect(english.body).toBe('You have 30 days; we answer Mon–Fri 9:00–17:00 CET.\n\nTwice on one line: 30 and 30.\n');
    const chinese = entry(content, 'return-window', 'zh');
    expect(chinese.question).toBe('退货期限是30天吗？');
    expect(chinese.body).toBe('签收后 30 天内可以退货。客服时间：周一至周五 9:00–17:00（欧洲中部时间）。\n');
  });

  it('reach the rendered page and its plain text, so search and feeds see the value', () => {
    const { dir } = contentWith({ 'faq/orders/return-window.md': ENGLISH, 'faq/zh/return-window.md': CHINESE });
    const { model } = buildSite(loaded(dir));
    const view = model.languages.find((language) => language.lang === 'zh')!.entries['return-window']!;
    expect(view.question).toBe('退货期限是30天吗？');
    expect(view.text).toContain('客服时间：周一至周五 9:00–17:00（欧洲中部时间）。');
  });

  it('are inserted as text: a value cannot add HTML, links, images or emphasis to an answer', () => {
    const { dir } = contentWith({
      'faq/orders/refund-timing.md': [
        '---',
        'question: Is this safe?',
        'audience: new',
        'category: orders/returns',
        '---',
        'Value: {{ vars.evil }}',
        '',
        '{{ vars.list_start }}',
        '',
        '{{ vars.phone }}',
        '',
        'Autolink: <{{ vars.script_link }}>',
        '',
      ].join('\n'),
    });
    const { model } = buildSite(loaded(dir));
    const html = model.languages[0]!.entries['refund-timing']!.html;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(2)) ![x](');
    expect(html).toContain('*bold* &amp;lt;</p>');
    expect(html).toContain('<p>1. not a list</p>');
    expect(html).toContain('<p>+44 20 7946-0321</p>');
    expect(html).toContain('<p>Autolink: &lt;javascript:alert(3)&gt;</p>');
    expect(html).not.toMatch(/<script|<img|<em>|<ol|href="javascript/);
  });

  it('are inserted as written inside code, where escapes would show', () => {
    const { dir } = contentWith({
      'faq/orders/refund-timing.md': [
        '---',
        'question: What do I type?',
        'audience: new',
        'category: orders/returns',
        '---',
        'Type `hours {{ vars.support_hours }}` or:',
        '',
        '```',
        'evil = {{ vars.evil }}',
        '```',
        '',
        'Outside: {{ vars.support_hours }}; [the shop]({{ vars.shop }}), <{{ vars.shop }}>',
        '',
      ].join('\n'),
    });
    const content = loaded(dir);
    expect(entry(content, 'refund-timing').body).toContain('Type `hours Mon–Fri 9:00–17:00 CET` or:\n\n```\nevil = <script>alert(1)</script> [click](javascript:alert(2))');
    const html = buildSite(content).model.languages[0]!.entries['refund-timing']!.html;
    expect(html).toContain('<code>hours Mon–Fri 9:00–17:00 CET</code>');
    expect(html).toContain('evil = &lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(2))');
    expect(html).toContain('Outside: Mon–Fri 9:00–17:00 CET; <a href="https://shop.example/a_b?x=1&amp;y=~2"');
    expect(html).toMatch(/, <a href="https:\/\/shop.example\/a_b\?x=1&amp;y=~2"[^>]*>https:\/\/shop.example\/a_b\?x=1&amp;y=~2</);
  });

  it('report an unknown name, a missing language and an unclosed reference on their own lines, with a did-you-mean', () => {
    const { dir, label } = contentWith({
      'faq/orders/refund-timing.md': [
        '---',
        'question: How long within {{ vars.retrun_days }} days?',
        'also: ["fine", "{{ vars.nothing_like_it }}"]',
        'audience: new',
        'category: orders/returns',
        '---',
        'First paragraph, no variable.',
        '',
        'A second paragraph',
        'that goes on, then {{ vars.return_dayz }} here',
        'and {{ vars.return_days } is not closed.',
        '',
      ].join('\n'),
      'faq/zh/return-window.md': CHINESE.replace('{{ vars.return_days }} 天内', '{{ vars.english_only }} 天内'),
    });
    const { problems } = loadContent(dir, { includeDrafts: false });
    const file = label('faq/orders/refund-timing.md');
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem).sort()).toEqual(
      [
        `${file}:2: unknown variable "retrun_days" in {{ vars.retrun_days }} — did you mean {{ vars.return_days }}?`,
        `${file}:3: unknown variable "nothing_like_it" in {{ vars.nothing_like_it }} — use a name defined under vars: in site.yaml (return_days, support_hours, english_only, evil, list_start, phone, shop, script_link), or add this one there`,
        `${file}:10: unknown variable "return_dayz" in {{ vars.return_dayz }} — did you mean {{ vars.return_days }}?`,
        `${file}:11: "{{ vars.return_days }" is not a complete variable reference — write {{ vars.name }} on one line: a name of lowercase letters, digits and underscores, closed by }}`,
        `${label('faq/zh/return-window.md')}:8: variable "english_only" has no zh value, and this entry is in zh — add \`zh:\` to vars.english_only in site.yaml, or a \`*\` value for every language`,
      ].sort(),
    );
  });

  it('know only the names site.yaml defines, not what every object has', () => {
    const { dir, label } = contentWith({
      'faq/orders/refund-timing.md': ['---', 'question: Which?', 'audience: new', 'category: orders/returns', '---', '{{ vars.constructor }} {{ vars.__proto__ }}', ''].join('\n'),
    });
    const file = label('faq/orders/refund-timing.md');
    const errors = loadContent(dir, { includeDrafts: false }).problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file}:${problem.line}: ${problem.message}`);
    expect(errors).toEqual([`${file}:6: unknown variable "constructor" in {{ vars.constructor }}`, `${file}:6: unknown variable "__proto__" in {{ vars.__proto__ }}`]);
  });

  it('leave braces that do not start a variable reference as they are', () => {
    const body = 'Home Assistant: {{ states("sensor.x") }}, {{ var.x }} and {vars.x}.\n';
    const { dir } = contentWith({
      'faq/orders/refund-timing.md': ['---', 'question: Templates?', 'audience: new', 'category: orders/returns', '---', body].join('\n'),
    });
    expect(entry(loaded(dir), 'refund-timing').body).toBe(body);
  });

  it('in site.yaml must have valid names and one-line values, each reported on its line', () => {
    const { dir, label } = contentWith({}, ['vars:', '  Return-Days: 30', '  hours: |', '    nine', '    to five', '  empty: ""', ''].join('\n'));
    const { problems } = loadContent(dir, { includeDrafts: false });
    const site = label('site.yaml');
    const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(3);
    expect(errors).toContain(`${site}:10: \`vars.Return-Days\`: is not a variable name — rename it with lowercase letters, digits and underscores only, such as return_days`);
    expect(errors).toContain(`${site}:11: \`vars.hours\`: has more than one line — write the value on one line (a variable is text inside a line)`);
    expect(errors).toContain(`${site}:14: \`vars.empty\`: is empty — write the text, or remove the variable`);
  });

  it('in a broken vars: block do not also make every entry that uses one fail', () => {
    const { dir, label } = contentWith({ 'faq/orders/return-window.md': ENGLISH }, ['vars:', '  Bad-Name: x', '  return_days: 30', ''].join('\n'));
    const { problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      `${label('site.yaml')}:10: \`vars.Bad-Name\`: is not a variable name — rename it with lowercase letters, digits and underscores only, such as return_days`,
    ]);
  });

  it('are recorded per use, for the check\'s listing and its unused-variable warning', () => {
    const { dir, label } = contentWith({ 'faq/orders/return-window.md': ENGLISH, 'faq/zh/return-window.md': CHINESE });
    const uses = loaded(dir).varUses!.filter((use) => use.name === 'support_hours');
    expect(uses).toEqual([
      { name: 'support_hours', entryId: 'return-window', lang: 'en', file: label('faq/orders/return-window.md'), line: 7 },
      { name: 'support_hours', entryId: 'return-window', lang: 'zh', file: label('faq/zh/return-window.md'), line: 8 },
    ]);
  });
});
