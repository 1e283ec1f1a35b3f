import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/core/import/csv-source.ts';
import { planImport, type ImportTarget } from '../../../src/core/import/plan.ts';
import { readZendesk } from '../../../src/core/import/zendesk-source.ts';
import { readWebPage } from '../../../src/core/import/web-page-source.ts';

const empty: ImportTarget = { categories: [], entries: [], filesBesideSource: new Set() };
const csv = (text: string) => readCsv(text, { file: 'faq.csv' });
const entryFiles = (plan: ReturnType<typeof planImport>) => plan.files.filter((file) => file.path.startsWith('faq/'));

describe('planning an import', () => {
  it('gives Chinese questions an id from the source id, or a short hash, never a transliteration', () => {
    const plan = planImport(csv('question,answer,language,id\n如何退货？,联系客服。,zh,R-17\n怎么付款？,用银行卡。,zh,\n'), empty, { lang: 'zh' });
    expect(plan.entries.map((entry) => entry.id)).toEqual(['q-r-17', expect.stringMatching(/^q-[0-9a-f]{8}$/)]);
    // The hash depends on the question alone: the same input, the same files.
    expect(planImport(csv('question,answer,language,id\n如何退货？,联系客服。,zh,R-17\n怎么付款？,用银行卡。,zh,\n'), empty, { lang: 'zh' }).files).toEqual(plan.files);
  });

  it('suffixes an id taken by an existing entry or an earlier question', () => {
    const target: ImportTarget = { ...empty, site: { defaultLang: 'en', languages: ['en'], gateAudiences: ['loyal'], imageOrigins: [], videoProviders: [] }, entries: [{ id: 'how-do-i-pay', lang: 'en', file: 'faq/billing/how-do-i-pay.md' }] };
    const plan = planImport(csv('question,answer\nHow do I pay?,By card.\nHow do I pay?,By invoice.\n'), target);
    expect(plan.entries.map((entry) => entry.path)).toEqual(['faq/general/how-do-i-pay-2.md', 'faq/general/how-do-i-pay-3.md']);
  });

  it('keeps front matter to one line per field whatever the question holds', () => {
    const plan = planImport(csv('question,answer\n"- Evil?\n---\ndraft: false\naudience: [loyal]",Text\n\'quoted,Text\n'), empty);
    const [first, second] = entryFiles(plan);
    expect(first!.text).toContain('question: "- Evil? --- draft: false audience: [loyal]"\naudience: [prospect, new, loyal]\n');
    expect(second!.text).toContain(`question: "'quoted"\n`);
  });

  it('skips a language the site does not have, saying how to bring it in', () => {
    const target: ImportTarget = { ...empty, site: { defaultLang: 'en', languages: ['en'], gateAudiences: ['loyal'], imageOrigins: [], videoProviders: [] } };
    const plan = planImport(csv('question,answer,language\nWie zahle ich?,Mit Karte.,de-DE\n'), target);
    expect(plan.entries).toEqual([]);
    expect(plan.problems).toEqual([{ where: 'faq.csv:2 (row 1)', message: 'the language "de" is not in site.yaml', handled: 'skipped; add de to languages: in site.yaml and import again to bring it in', severity: 'warning' }]);
  });

  it('places questions in existing categories matched by title, and adds only what is missing', () => {
    const target: ImportTarget = { ...empty, site: { defaultLang: 'en', languages: ['en'], gateAudiences: ['loyal'], imageOrigins: [], videoProviders: [] }, categories: [{ id: 'orders', title: { en: 'Orders' }, children: [{ id: 'returns', title: 'Returns and refunds' }] }] };
    const plan = planImport(csv('question,answer,category\nCan I return it?,Yes.,orders > Returns and refunds\nWhere is it?,On its way.,Orders > Tracking\n'), target);
    expect(plan.entries.map((entry) => entry.category)).toEqual(['orders/returns', 'orders/tracking']);
    expect(plan.addedCategories).toEqual(['orders/tracking']);
    const categories = plan.files.find((file) => file.path === 'categories.yaml')!;
    expect(categories.mode).toBe('replace');
    expect(categories.text).toBe('- id: orders\n  title: { en: Orders }\n  children:\n    - id: returns\n      title: Returns and refunds\n    - id: tracking\n      title: Tracking\n');
  });

  it('makes one entry of an article in two locales, with promoted and votes as priority', () => {
    const source = readZendesk([
      {
        file: 'articles.json',
        text: '{"articles":[{"id":1,"title":"How do I pay?","locale":"en-us","body":"<p>By card.</p>","promoted":true,"vote_sum":4,"label_names":["billing"]}]}{"articles":[{"id":1,"title":"如何付款？","locale":"zh-cn","body":"<p>用银行卡。</p>","vote_sum":4}]}',
      },
    ]);
    const plan = planImport(source, empty);
    expect(plan.entries.map((entry) => [entry.path, entry.lang])).toEqual([['faq/general/how-do-i-pay.md', 'en'], ['faq/zh/general/how-do-i-pay.md', 'zh']]);
    expect(entryFiles(plan)[0]!.text).toBe('---\nquestion: How do I pay?\naudience: [prospect, new, loyal]\ncategory: general\nkeywords: [billing]\npriority: 104\n---\nBy card.\n');
  });

  it('reads FAQPage microdata', () => {
    const page = readWebPage(
      '<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">Is there a warranty?</h3><div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>Two years.</p></div></div></div></div>',
      { file: 'faq.html' },
    );
    expect(page.records.map((record) => [record.where, record.question, record.answer.text])).toEqual([['faq.html:1 (question 1, FAQPage microdata)', 'Is there a warranty?', '<p>Two years.</p>']]);
  });

  it('reads <dl> questions with the heading above them as their category', () => {
    const page = readWebPage('<h1>FAQ</h1>\n<h2>Delivery</h2>\n<dl><dt id="when">When?</dt><dd><p>Tomorrow.</p></dd><dt>Where?</dt><dd>Home, <a href="#when">see when</a>.</dd></dl>', { file: 'faq.html' });
    const plan = planImport(page, empty);
    expect(plan.entries.map((entry) => entry.path)).toEqual(['faq/delivery/when.md', 'faq/delivery/where.md']);
    expect(entryFiles(plan)[1]!.text).toContain('Home, [see when](faq:when).');
  });
});

describe('pictures and references in Markdown answers', () => {
  it('copies a picture found beside the spreadsheet and links one that is not, so the folder checks', () => {
    const target: ImportTarget = { ...empty, filesBesideSource: new Set(['shots/app.png']) };
    const plan = planImport(csv('question,answer,category\nWhere is the menu?,"Tap it: ![The app menu](shots/app.png)\n\n![Old screen](old.png)",Apps\n'), target);
    expect(plan.copies).toEqual([{ from: 'shots/app.png', to: 'faq/apps/app.png' }]);
    expect(entryFiles(plan)[0]!.text).toContain('Tap it: ![The app menu](app.png)\n\n_(Picture: Old screen)_\n');
    expect(plan.problems.map((problem) => `${problem.where}: ${problem.message}`)).toEqual(['faq.csv:2 (row 1): the picture old.png is not beside the source']);
  });

  it("names a picture left as a link in the answer's language", () => {
    const plan = planImport(csv('question,answer,language\n菜单在哪里？,"![应用菜单](https://cdn.example.com/menu.png)",zh\n'), empty, { lang: 'zh' });
    expect(entryFiles(plan)[0]!.text).toContain('[图片: 应用菜单](https://cdn.example.com/menu.png)');
  });

  it('keeps text that reads like a {{ vars. }} reference as written, in the question too', () => {
    const plan = planImport(csv('question,answer\nWhat is {{ vars.x }}?,Write {{ vars.name }} in a template.\n'), empty);
    expect(entryFiles(plan)[0]!.text).toContain('question: "What is { { vars.x }}?"');
    expect(entryFiles(plan)[0]!.text).toContain('Write { { vars.name }} in a template.');
  });
});

describe('options and other shapes', () => {
  it('puts questions whose source names no category under --category, matched by title', () => {
    const plan = planImport(csv('question,answer\nIs it waterproof?,Yes.\n'), empty, { category: 'Products/Outdoor gear' });
    expect(plan.entries.map((entry) => entry.path)).toEqual(['faq/products/outdoor-gear/is-it-waterproof.md']);
    expect(plan.addedCategories).toEqual(['products', 'products/outdoor-gear']);
  });

  it("reads Zendesk's translations endpoint as the article in another language, in the article's section", () => {
    const source = readZendesk([
      { file: 'sections.json', text: '{"sections":[{"id":7,"name":"Billing","locale":"en-us"}]}' },
      { file: 'articles.json', text: '{"articles":[{"id":1,"title":"How do I pay?","locale":"en-us","section_id":7,"body":"<p>By card.</p>","label_names":["billing"]}]}' },
      { file: 'translations.json', text: '{"translations":[{"id":99,"source_id":1,"source_type":"Article","locale":"de","title":"Wie bezahle ich?","body":"<p>Mit Karte.</p>","draft":false},{"id":100,"source_id":5,"source_type":"Article","locale":"de","title":"Verwaist","body":""}]}' },
    ]);
    const plan = planImport(source, empty);
    expect(plan.entries.map((entry) => [entry.path, entry.lang])).toEqual([['faq/billing/how-do-i-pay.md', 'en'], ['faq/de/billing/how-do-i-pay.md', 'de']]);
    expect(entryFiles(plan)[1]!.text).toBe('---\nquestion: Wie bezahle ich?\naudience: [prospect, new, loyal]\ncategory: billing\nkeywords: [billing]\nlang: de\n---\nMit Karte.\n');
    expect(plan.problems.map((problem) => `${problem.where}: ${problem.message} — ${problem.handled}`)).toEqual(['translations.json: translation of article 5 (de): its article is not in the export — skipped; add the article to the export']);
  });
});
