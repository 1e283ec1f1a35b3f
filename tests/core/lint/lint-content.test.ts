import { describe, expect, it } from 'vitest';
import { lintContent, countWords } from '../../../src/core/lint/lint-content.ts';
import type { Content, Entry } from '../../../src/core/content/types.ts';

function entry(fields: Partial<Entry> & Pick<Entry, 'id' | 'question'>): Entry {
  return {
    lang: 'en', also: [], audience: ['new'], categories: ['orders'], keywords: ['word'], tags: [], products: [], related: [], aliases: [],
    priority: 0, updated: '2026-10-01', draft: false, membersOnly: false, tiers: [], body: 'A short answer.', file: `faq/${fields.id}.md`, sourcePath: `faq/${fields.id}.md`, bodyLine: 8,
    ...fields,
  };
}

function content(entries: Entry[], languages = ['en']): Content {
  return {
    dir: '/content',
    site: { title: { '*': 'Help' }, url: 'https://help.example.com', defaultLang: 'en', languages, contact: [{ kind: 'email', label: { '*': 'Email us' }, href: 'mailto:help@example.com' }], gate: { audiences: ['loyal'], mode: 'encrypt' }, vars: {}, app: { themeColor: '#1d4ed8', backgroundColor: '#ffffff' }, offline: true },
    categories: [
      { id: 'orders', path: 'orders', title: { '*': 'Orders' }, depth: 0, children: [] },
      { id: 'empty', path: 'empty', title: { '*': 'Empty' }, depth: 0, children: [] },
    ],
    products: [],
    entries,
    synonyms: [],
  };
}

const options = { maxAgeMonths: 12, today: '2026-11-23', categoriesFile: 'content/categories.yaml' };
const messages = (entries: Entry[], languages?: string[]) =>
  lintContent(content(entries, languages), options).map((problem) => `${problem.file}: ${problem.message}`);

describe('advice for editors', () => {
  it('says nothing about a short, current, well-keyed question', () => {
    expect(messages([entry({ id: 'ok', question: 'How do I return an item?' })])).toEqual(['content/categories.yaml: category "empty" has no entries']);
  });

  it('flags long questions, statements, long answers, stale and future dates and missing keywords', () => {
    const long = entry({ id: 'long', question: `${'Why '.repeat(31)}?` });
    const statement = entry({ id: 'statement', question: 'My parcel is late' });
    const wordy = entry({ id: 'wordy', question: 'What is in the box?', body: 'word '.repeat(320) });
    const stale = entry({ id: 'stale', question: 'Is this still true?', updated: '2025-10-01' });
    const bare = entry({ id: 'bare', question: 'Can I pay later?', keywords: [] });
    const future = entry({ id: 'future', question: 'Is this from the future?', updated: '2062-05-01' });
    expect(messages([long, statement, wordy, stale, bare, future]).filter((message) => !message.includes('categories.yaml'))).toEqual([
      'faq/long.md: the question is 125 characters long',
      'faq/statement.md: the question is not phrased as a question',
      'faq/wordy.md: the answer is about 320 words long',
      'faq/stale.md: last reviewed on 2025-10-01, more than 12 months ago',
      'faq/bare.md: the entry has no keywords',
      'faq/future.md: last reviewed on 2062-05-01, which is after today (2026-11-23)',
    ]);
  });

  it('flags a published answer left empty, on the line it belongs under, and not a draft still being written', () => {
    const empty = entry({ id: 'empty', question: 'Can I pay later?', body: '\n  \n', bodyLine: 8 });
    const draft = entry({ id: 'draft', question: 'Can I pay by card?', body: '', draft: true });
    const found = lintContent(content([empty, draft]), options).filter((problem) => problem.message.startsWith('the answer'));
    expect(found.map(({ file, line, message, hint }) => ({ file, line, message, hint }))).toEqual([
      { file: 'faq/empty.md', line: 7, message: 'the answer is empty, so its page shows the question alone', hint: 'write the answer under the front matter, or set `draft: true` until it is written' },
    ]);
  });

  it('flags a product no published public entry names, on its line in products.yaml: the site has no page for it', () => {
    const product = (id: string) => ({ id, name: { '*': id }, url: `https://acme.example/${id}` });
    const site = {
      ...content([
        entry({ id: 'named', question: 'What is the gadget?', products: ['gadget'] }),
        entry({ id: 'secret', question: 'How do I tune the widget?', products: ['widget'], membersOnly: true }),
        entry({ id: 'drafted', question: 'Is the gizmo out?', products: ['gizmo'], draft: true }),
      ]),
      products: [product('gadget'), product('widget'), product('gizmo')],
    };
    const found = lintContent(site, { ...options, productsFile: 'content/products.yaml', productsLineOf: ([index]) => Number(index) * 3 + 1 }).filter((problem) => problem.message.startsWith('product'));
    expect(found.map(({ file, line, message }) => `${file}:${line}: ${message}`)).toEqual([
      'content/products.yaml:4: product "widget" has no page: no published public entry names it',
      'content/products.yaml:7: product "gizmo" has no page: no published public entry names it',
    ]);
  });

  it('flags two questions customers could not tell apart, unless they are about different products', () => {
    const a = entry({ id: 'a', question: 'How do I track my parcel?' });
    const b = entry({ id: 'b', question: 'How do I track my parcel ?' });
    const c = entry({ id: 'c', question: 'How do I track my parcel?', products: ['widget'] });
    expect(messages([a, b, c]).filter((message) => message.includes('duplicate'))).toEqual(['faq/b.md: this question looks like a duplicate of faq/a.md ("How do I track my parcel?")']);
  });

  it('flags missing and outdated translations once a language is being translated', () => {
    const original = entry({ id: 'returns', question: 'How do I return it?', updated: '2026-10-01' });
    const other = entry({ id: 'refunds', question: 'When is my refund?' });
    const translation = entry({ id: 'returns', lang: 'zh', question: '如何退货？', updated: '2026-09-01', file: 'faq/zh/returns.md' });
    expect(messages([original, other, translation], ['en', 'zh']).filter((message) => message.includes('translation')).sort()).toEqual([
      'faq/refunds.md: no zh translation',
      'faq/zh/returns.md: this translation (2026-09-01) is older than faq/returns.md (2026-10-01)',
    ]);
  });
});

describe('site variables', () => {
  it('warns about a variable no entry uses, on its line in site.yaml', () => {
    const site = content([entry({ id: 'ok', question: 'How long do returns take?' })]);
    site.site.vars = { return_days: { '*': '30' }, support_hours: { en: '9–5' } };
    site.varUses = [{ name: 'return_days', entryId: 'ok', lang: 'en', file: 'faq/ok.md', line: 8 }];
    const lines: Record<string, number> = { return_days: 10, support_hours: 11 };
    const warnings = lintContent(site, { ...options, siteFile: 'content/site.yaml', siteLineOf: (path) => lines[String(path[1])] })
      .filter((problem) => problem.file === 'content/site.yaml');
    expect(warnings).toEqual([
      { file: 'content/site.yaml', line: 11, message: 'variable "support_hours" is not used by any entry', hint: 'use it as {{ vars.support_hours }} in a question or answer, or remove it from vars:', severity: 'warning' },
    ]);
  });
});

describe('a way to a person', () => {
  const sitePlaces = { ...options, siteFile: 'content/site.yaml' };
  const onSite = (site: Content) => lintContent(site, sitePlaces).filter((problem) => problem.file === 'content/site.yaml').map((problem) => problem.message);

  it('is asked for when site.yaml names neither a contact channel nor an ask channel: "Still need help?" would lead nowhere', () => {
    const site = content([entry({ id: 'ok', question: 'How long do returns take?' })]);
    site.site.contact = [];
    expect(onSite(site)).toEqual(['site.yaml names no way to reach a person: no `contact:` channel and no `ask:` channel']);
  });

  it('is there with a contact channel alone, or with an ask page that sends questions to a form', () => {
    const withContact = content([entry({ id: 'ok', question: 'How long do returns take?' })]);
    const withAsk = content([entry({ id: 'ok', question: 'How long do returns take?' })]);
    withAsk.site.contact = [];
    withAsk.site.ask = { endpoint: 'https://forms.example.com/f/ask', netlify: false };
    expect([onSite(withContact), onSite(withAsk)]).toEqual([[], []]);
  });
});

describe('the site\'s own address', () => {
  it('is asked for when site.yaml has no `url`: the sitemap and the feed need whole addresses', () => {
    const site = content([entry({ id: 'ok', question: 'How long do returns take?' })]);
    delete site.site.url;
    const found = lintContent(site, { ...options, siteFile: 'content/site.yaml' }).filter((problem) => problem.message.includes('`url`'));
    expect(found).toEqual([expect.objectContaining({ file: 'content/site.yaml', hint: 'add `url:` with the address the site is served at, such as https://help.example.com', severity: 'warning' })]);
  });
});

describe('look-alike questions in Chinese', () => {
  it('are found by their character pairs, and told apart when their words differ', () => {
    const a = entry({ id: 'a', lang: 'zh', question: '怎么查询我的订单？', file: 'faq/zh/a.md' });
    const b = entry({ id: 'b', lang: 'zh', question: '怎么查询我的订单呢？', file: 'faq/zh/b.md' });
    const c = entry({ id: 'c', lang: 'zh', question: '怎么取消我的订单？', file: 'faq/zh/c.md' });
    expect(messages([a, b, c], ['en', 'zh']).filter((message) => message.includes('duplicate'))).toEqual(['faq/zh/b.md: this question looks like a duplicate of faq/zh/a.md ("怎么查询我的订单？")']);
  });
});

describe('counting words', () => {
  it('counts Chinese characters at two per word', () => {
    expect(countWords('Return it within 30 days')).toBe(5);
    expect(countWords('签收后三十天内可以退货')).toBe(6);
  });

  it('counts Japanese and Korean characters like Chinese ones', () => {
    expect(countWords('ご注文の返品')).toBe(3);
    expect(countWords('환불 정책 안내')).toBe(3);
    expect(countWords('Lumen 灯泡的保修')).toBe(4);
  });
});
