import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { uiStrings } from '../../../src/core/i18n/strings.ts';
import type { ReferenceResolver } from '../../../src/core/markdown/render-env.ts';

const render = createRenderer();
const resolveReference: ReferenceResolver = (kind, id) =>
  id === 'widget-pro' || id === 'refund-timing' ? { href: `/${kind === 'product' ? 'p' : 'q'}/${id}/`, title: id } : undefined;
const html = (markdown: string) => render(markdown, { idPrefix: 'e--', resolveReference }).html;

// Attacks on the renderer are cases in tests/fixtures/markdown/xss.txt, run by xss.test.ts.

describe('links', () => {
  it('resolves product: and faq: references to pages of the site', () => {
    expect(html('[Widget](product:widget-pro) and [refunds](faq:refund-timing#why)')).toBe(
      '<p><a href="/p/widget-pro/" title="widget-pro">Widget</a> and <a href="/q/refund-timing/#why" title="refund-timing">refunds</a></p>\n',
    );
  });

  it('keeps the text of a reference that resolves nowhere, with no link: a draft left out of the build, say', () => {
    expect(html('See [the gadget](product:gadget).')).toBe('<p>See <a>the gadget</a>.</p>\n');
  });

  it('marks links that leave the site for sighted and screen-reader users', () => {
    expect(render('[Manual](https://acme.example/manual.pdf)', { strings: { ...uiStrings('en'), externalLink: '(opens another site)' } }).html).toBe(
      '<p><a href="https://acme.example/manual.pdf" rel="noopener noreferrer" class="external">Manual<span class="visually-hidden"> (opens another site)</span></a></p>\n',
    );
  });

  it.each([
    ['a protocol-relative link', '[a](//evil.example/x)'],
    ['a protocol-relative link with a space before it', '[a]( //evil.example/x)'],
    ['a protocol-relative link in angle brackets', '[a](<//evil.example/x>)'],
    ['a protocol-relative link written with entities', '[a](&#x2F;&#x2F;evil.example/x)'],
    ['a protocol-relative link with an escaped slash', '[a](/\\/evil.example/x)'],
    ['a protocol-relative reference-style link', '[a][r]\n\n[r]: //evil.example/x'],
    ['an upper-case http link', '[a](HTTP://evil.example/x)'],
  ])('marks %s as leaving the site, like any http link', (_name, markdown) => {
    const output = render(markdown, { strings: { ...uiStrings('en'), externalLink: '(opens another site)' } }).html;
    expect(output).toMatch(/^<p><a href="[^"]*" rel="noopener noreferrer" class="external">a<span class="visually-hidden"> \(opens another site\)<\/span><\/a><\/p>\n$/);
    expect(new URL(/href="([^"]*)"/.exec(output)![1]!, 'https://help.example/q/x/').host).toBe('evil.example');
  });

  it.each([
    ['two backslashes', '[a](\\\\evil.example/x)'],
    ['a slash and a backslash', '[a](/\\evil.example/x)'],
    ['a backslash entity', '[a](/&#92;evil.example/x)'],
    ['a tab between the slashes', '[a](/&#9;/evil.example/x)'],
  ])('keeps a link with %s on the site, where browsers would otherwise read it as another host', (_name, markdown) => {
    const href = /href="([^"]*)"/.exec(html(markdown))![1]!;
    // Resolved the way a browser resolves it: it must stay on the help center's origin.
    expect(new URL(href, 'https://help.example/q/x/').origin).toBe('https://help.example');
  });

  it('leaves links within the site and mail links unmarked', () => {
    expect(html('[Home](/) [Mail](mailto:help@acme.example)')).toBe('<p><a href="/">Home</a> <a href="mailto:help@acme.example">Mail</a></p>\n');
  });
});

describe('headings', () => {
  it('get ids prefixed per entry, unique within the answer, and a link to copy', () => {
    expect(html('## Before you start\n\n## Before you start')).toBe(
      '<h2 id="e--before-you-start">Before you start <a class="heading-anchor" href="#e--before-you-start" aria-label="Before you start">#</a></h2>\n' +
        '<h2 id="e--before-you-start-2">Before you start <a class="heading-anchor" href="#e--before-you-start-2" aria-label="Before you start">#</a></h2>\n',
    );
  });

  it('keep Chinese words in their ids', () => {
    expect(html('## 退货步骤')).toContain('id="e--退货步骤"');
  });
});

describe('code blocks', () => {
  it('keep their lines in a box a keyboard can focus to scroll, fenced or indented', () => {
    expect(html('```sh\ncurl -fsSL https://example.com/a/very/long/path | sha256sum --check\n```')).toBe(
      '<pre tabindex="0"><code class="language-sh">curl -fsSL https://example.com/a/very/long/path | sha256sum --check\n</code></pre>\n',
    );
    expect(html('Before:\n\n    indented code')).toContain('<pre tabindex="0"><code>indented code\n</code></pre>');
  });

  it('escape what they hold, with the language as a class only', () => {
    expect(html('```"><script>alert(1)</script>\n<b>\n```')).not.toMatch(/<script|<b>/);
  });
});

describe('tables', () => {
  it('scroll inside their own box on narrow screens', () => {
    expect(html('| a | b |\n|---|---|\n| 1 | 2 |')).toMatch(/^<div class="table-scroll" tabindex="0"><table>[\s\S]*<\/table>\n<\/div>$/);
  });

  it('align columns with classes, since the Content-Security-Policy allows no inline styles', () => {
    const output = html('| a | b |\n|:-:|--:|\n| 1 | 2 |');
    expect(output).toContain('<th class="align-center">a</th>');
    expect(output).toContain('<td class="align-right">2</td>');
    expect(output).not.toContain('style=');
  });
});
