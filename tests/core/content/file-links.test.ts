import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/core/site/build-site.ts';
import { entry, loadWithFiles as load } from '../../support/editor-mistakes.ts';

describe('a link from an answer to another entry\'s Markdown file', () => {
  it('leads to that entry\'s page, with its fragment, from any folder', () => {
    const { content, report } = load({
      'faq/help/deep/asks.md': entry('What if it is late?', '', 'See [refund timing](../../orders/refund-timing.md#why) and [returns](<../../orders/return-window.md>).\n'),
    });
    expect(report).toEqual([]);
    const asks = buildSite(content!).model.languages[0]!.entries.asks!;
    expect(asks.html).toBe(
      '<p>See <a href="/q/refund-timing/#why" title="When do I get my money back?">refund timing</a> and <a href="/q/return-window/" title="How long do I have to return an item?">returns</a>.</p>\n',
    );
  });

  it('to a draft keeps its text without a link, with a warning', () => {
    const { content, report } = load({ 'faq/orders/asks.md': entry('What is it for?', '', 'It is [Widget Pro](../products/what-is-widget.md).\n') });
    expect(report).toEqual([
      'faq/orders/asks.md:6: the link "../products/what-is-widget.md" names a draft, so the published page shows its text without a link — publish faq/products/what-is-widget.md (remove `draft: true`) to link it',
    ]);
    expect(buildSite(content!).model.languages[0]!.entries.asks!.html).toBe('<p>It is <a>Widget Pro</a>.</p>\n');
  });

  it('to a file with mistakes of its own is not reported as well', () => {
    const { report } = load({
      'faq/orders/broken.md': entry('Is this broken?', 'priority: high\n'),
      'faq/orders/asks.md': entry('What is it for?', '', 'See [the broken one](broken.md).\n'),
    });
    expect(report).toEqual(['faq/orders/broken.md:5: `priority` should be a number — got string "high"']);
  });
});
