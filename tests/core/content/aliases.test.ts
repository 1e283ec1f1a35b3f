import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { entry, loadWithFiles as load } from '../../support/editor-mistakes.ts';

describe('aliases in front matter', () => {
  it('must be ids, like the file names they replace', () => {
    const { report } = load({ 'faq/orders/moved.md': entry('Where did it go?', 'aliases: [Old Name]\n') });
    expect(report).toEqual(['faq/orders/moved.md:5: `aliases[0]`: "Old Name" is not an id — use lowercase letters, digits and dashes, starting with a letter or digit, such as old-name']);
  });

  it('may not repeat themselves', () => {
    const { report } = load({ 'faq/orders/moved.md': entry('Where did it go?', 'aliases: [old-name, old-name]\n') });
    expect(report).toEqual(['faq/orders/moved.md:5: alias "old-name" is listed twice in `aliases` — list it once']);
  });

  it('may not name an entry of the same language, another entry\'s alias or the entry itself, reported with both files and the alias\'s line', () => {
    const { report } = load({
      'faq/orders/moved.md': entry('Where did it go?', 'aliases:\n  - refund-timing\n  - old-name\n  - moved\n'),
      'faq/orders/went.md': entry('Where did it went?', 'aliases: [old-name]\n'),
    });
    expect(report).toEqual([
      'faq/orders/moved.md:6: alias "refund-timing" is the id of faq/orders/refund-timing.md in language "en" — an old address can lead to one entry only: remove "refund-timing" from `aliases`, or rename faq/orders/refund-timing.md',
      'faq/orders/moved.md:8: alias "moved" is this entry\'s own id — remove "moved" from `aliases`',
      'faq/orders/went.md:5: alias "old-name" is already an alias of faq/orders/moved.md:7 in language "en" — an old address can lead to one entry only: keep "old-name" in one of the two files',
    ]);
  });

  it('may repeat an id of another language: each language has its own addresses', () => {
    const { report, content } = load({ 'faq/zh/moved.md': entry('它去哪了？', 'lang: zh\naliases: [refund-timing]\n') });
    expect(report).toEqual([]);
    expect(content!.entries.find((item) => item.id === 'moved')!.aliases).toEqual(['refund-timing']);
  });

  it('are refused on members-only entries, whose addresses never name them', () => {
    const { report } = load({ 'faq/products/secret.md': '---\nquestion: What is the secret?\naudience: loyal\ncategory: products\naliases: [old-secret]\n---\nBody.\n' });
    expect(report).toEqual([
      'faq/products/secret.md:5: members-only entries cannot have aliases: their links are opaque, and a public redirect from "old-secret" would reveal the question — remove `aliases:` from this entry',
    ]);
  });
});

describe('a link or related entry that names an alias', () => {
  const files = {
    'faq/orders/refund-timing.md': '---\nid: money-back\nquestion: When do I get my money back?\naudience: new\ncategory: orders/returns\naliases: [refund-timing]\n---\nWithin five business days.\n',
    'faq/orders/asks.md': entry('What about my refund?', 'related: [refund-timing]\n', 'See [when it arrives](faq:refund-timing).\n'),
  };

  it('passes the checks', () => {
    expect(load(files).report).toEqual([]);
  });

  it('leads to the entry\'s current address', () => {
    const { content } = load(files);
    const en = buildSite(content!).model.languages[0]!;
    const asks = en.entries.asks!;
    expect(asks.related).toEqual([{ href: '/q/money-back/', title: 'When do I get my money back?' }]);
    expect(asks.html).toContain('<a href="/q/money-back/" title="When do I get my money back?">when it arrives</a>');
  });
});

describe('the model\'s redirects', () => {
  it('lead each alias of a public entry to its current address, per language, under the base', () => {
    const { content } = load({
      'faq/orders/refund-timing.md': '---\nid: money-back\nquestion: When do I get my money back?\naudience: new\ncategory: orders/returns\naliases: [refund-timing, refund-time]\n---\nSoon.\n',
      'faq/zh/refund.md': '---\nquestion: 什么时候退款？\naudience: new\ncategory: orders/returns\nlang: zh\naliases: [tui-kuan]\n---\n很快。\n',
    });
    const [en, zh] = buildSite(content!, { base: '/help/' }).model.languages;
    expect(en!.redirects).toEqual([
      { from: '/help/q/refund-time/', to: '/help/q/money-back/', title: 'When do I get my money back?' },
      { from: '/help/q/refund-timing/', to: '/help/q/money-back/', title: 'When do I get my money back?' },
    ]);
    expect(zh!.redirects).toEqual([{ from: '/help/zh/q/tui-kuan/', to: '/help/zh/q/refund/', title: '什么时候退款？' }]);
  });

  it('are empty without aliases', () => {
    const { content } = load({});
    expect(buildSite(content!).model.languages.map((view) => view.redirects)).toEqual([[], []]);
  });
});
