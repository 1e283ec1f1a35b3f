import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import type { ReferenceResolver } from '../../../src/core/markdown/render-env.ts';

const render = createRenderer();
const resolveReference: ReferenceResolver = (kind, id) =>
  id === 'widget-pro' || id === 'refund-timing' ? { href: `/${kind === 'product' ? 'p' : 'q'}/${id}/`, title: id } : undefined;
const html = (markdown: string) => render(markdown, { idPrefix: 'e--', resolveReference }).html;

describe('untrusted Markdown cannot inject script', () => {
  // Each case is an attack an answer's author (or a compromised editor account) might try.
  const attacks: [string, string][] = [
    ['a script element', '<script>alert(1)</script>'],
    ['an event handler attribute', '<img src=x onerror="alert(1)">'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link with mixed case and an entity', '[click](JaVaScRiPt&#58;alert(1))'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['a quote breaking out of an attribute', '[x](https://a.example/" onmouseover="alert(1))'],
    ['a style element', '<style>body{display:none}</style>'],
  ];
  it.each(attacks)('renders %s inert', (_name, markdown) => {
    expect(unsafeMarkup(html(markdown))).toEqual([]);
  });

  it('shows raw HTML as text rather than dropping the editor’s words', () => {
    expect(html('Use <b>bold</b>')).toBe('<p>Use &lt;b&gt;bold&lt;/b&gt;</p>\n');
  });
});

/** Every tag must be one the renderer is meant to write, with only safe attributes and link schemes. */
function unsafeMarkup(output: string): string[] {
  const allowedTags = new Set(['p', 'a', 'span', 'div', 'img', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'hr', 'br']);
  const allowedAttributes = new Set(['href', 'src', 'alt', 'title', 'class', 'rel', 'id', 'tabindex', 'aria-label']);
  const problems: string[] = [];
  for (const [tag, name, attributes] of output.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!allowedTags.has(name!.toLowerCase())) problems.push(`tag ${tag}`);
    for (const [attribute, key, value] of attributes!.matchAll(/\s+([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!allowedAttributes.has(key!.toLowerCase())) problems.push(`attribute ${attribute}`);
      if ((key === 'href' || key === 'src') && /^\s*(javascript|vbscript|data):/i.test(value ?? '')) problems.push(`url ${attribute}`);
    }
  }
  return problems;
}

describe('links', () => {
  it('resolves product: and faq: references to pages of the site', () => {
    expect(html('[Widget](product:widget-pro) and [refunds](faq:refund-timing#why)')).toBe(
      '<p><a href="/p/widget-pro/" title="widget-pro">Widget</a> and <a href="/q/refund-timing/#why" title="refund-timing">refunds</a></p>\n',
    );
  });

  it('links a reference that resolves nowhere to nothing, should unchecked content reach it', () => {
    expect(html('See [the gadget](product:gadget).')).toBe('<p>See <a href="#">the gadget</a>.</p>\n');
  });

  it('marks links that leave the site for sighted and screen-reader users', () => {
    expect(render('[Manual](https://acme.example/manual.pdf)', { externalLinkLabel: '(opens another site)' }).html).toBe(
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
    const output = render(markdown, { externalLinkLabel: '(opens another site)' }).html;
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
