import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { entry, loadWithFiles as load } from '../../support/editor-mistakes.ts';

const namesTheDraft = {
  'faq/orders/asks.md': entry('What is it for?', 'related: [what-is-widget, refund-timing]\n', 'It is [Widget Pro](faq:what-is-widget), our best.\n'),
};

describe('an entry that names a draft, in `related:` or in a `faq:` link', () => {
  for (const [when, includeDrafts] of [['when the site is built', false], ['when the content is checked', true]] as const) {
    it(`is a warning ${when}, saying what the published page does and how to publish the draft`, () => {
      const { problems, report } = load(namesTheDraft, { includeDrafts });
      expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
      expect(report).toEqual([
        'faq/orders/asks.md:5: related entry "what-is-widget" is a draft, so the published page leaves it out of the related questions — publish faq/products/what-is-widget.md (remove `draft: true`) to list it',
        'faq/orders/asks.md:7: the link "faq:what-is-widget" names a draft, so the published page shows its text without a link — publish faq/products/what-is-widget.md (remove `draft: true`) to link it',
      ]);
    });
  }

  it('builds, with the draft left out of its related questions and the link\'s text kept without a link', () => {
    const { content } = load(namesTheDraft, { includeDrafts: false });
    const asks = buildSite(content!).model.languages[0]!.entries.asks!;
    expect(asks.related).toEqual([{ href: '/q/refund-timing/', title: 'When do I get my money back?' }]);
    expect(asks.html).toBe('<p>It is <a>Widget Pro</a>, our best.</p>\n');
  });

  it('links the draft while editing, where drafts are shown', () => {
    const { content } = load(namesTheDraft, { includeDrafts: true });
    const asks = buildSite(content!).model.languages[0]!.entries.asks!;
    expect(asks.related.map((link) => link.href)).toEqual(['/q/what-is-widget/', '/q/refund-timing/']);
    expect(asks.html).toContain('<a href="/q/what-is-widget/" title="What does Widget Pro do?">Widget Pro</a>');
  });

  it('is no warning from another draft: neither is published', () => {
    const { report } = load({ 'faq/orders/asks.md': entry('What is it for?', 'draft: true\nrelated: [what-is-widget]\n', 'See [Widget Pro](faq:what-is-widget).\n') }, { includeDrafts: true });
    expect(report).toEqual([]);
  });
});

describe('an entry that names an entry whose file has mistakes', () => {
  it('is not reported as well: the file\'s own mistake is the one to fix', () => {
    const { report } = load(
      {
        'faq/orders/broken.md': entry('Is this broken?', 'priority: high\n'),
        'faq/orders/asks.md': entry('What is it for?', 'related: [broken]\n', 'See [the broken one](faq:broken).\n'),
      },
      { includeDrafts: false },
    );
    expect(report).toEqual(['faq/orders/broken.md:5: `priority` should be a number — got string "high"']);
  });

  it('is still reported when the id names no file at all', () => {
    const { report } = load({ 'faq/orders/asks.md': entry('What is it for?', 'related: [no-such-entry]\n') }, { includeDrafts: false });
    expect(report).toEqual(['faq/orders/asks.md:5: related entry "no-such-entry" does not exist — use the id (file name without .md) of another entry, or remove it']);
  });
});
