import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { uiStrings } from '../../../src/core/i18n/strings.ts';

const render = createRenderer();
const html = (markdown: string, lang?: string) => render(markdown, { idPrefix: 'e--', strings: lang ? uiStrings(lang) : undefined }).html;

describe('callouts', () => {
  it.each([
    ['NOTE', 'note', 'Note'],
    ['TIP', 'tip', 'Tip'],
    ['IMPORTANT', 'important', 'Important'],
    ['WARNING', 'warning', 'Warning'],
    ['CAUTION', 'caution', 'Caution'],
  ])('renders > [!%s] as a note named by its visible label', (marker, kind, label) => {
    expect(html(`> [!${marker}]\n> Unplug the hub first.`)).toBe(
      `<div class="callout callout-${kind}" role="note" aria-labelledby="e--callout-1">\n` +
        `<p class="callout-label" id="e--callout-1"><span class="callout-icon" aria-hidden="true"></span>${label}</p>\n` +
        '<p>Unplug the hub first.</p>\n</div>\n',
    );
  });

  it('labels callouts in the answer’s language', () => {
    expect(html('> [!WARNING]\n> 先拔下电源。', 'zh')).toContain('<span class="callout-icon" aria-hidden="true"></span>警告</p>');
    expect(html('> [!TIP]\n> 试试看。', 'zh')).toContain('</span>提示</p>');
  });

  it('reads the marker in any case, as GitHub does, and keeps every paragraph of the body', () => {
    const output = html('> [!note]\n>\n> First.\n>\n> Second with **bold**.');
    expect(output).toContain('<div class="callout callout-note" role="note"');
    expect(output).toContain('</p>\n<p>First.</p>\n<p>Second with <strong>bold</strong>.</p>\n</div>\n');
  });

  it('gives each callout of an answer its own label id', () => {
    const output = html('> [!NOTE]\n> One.\n\n> [!TIP]\n> Two.');
    expect(output).toContain('aria-labelledby="e--callout-1"');
    expect(output).toContain('aria-labelledby="e--callout-2"');
    expect(output).toContain('id="e--callout-2"');
  });

  it('keeps a quote nested in a callout inside it', () => {
    expect(html('> [!NOTE]\n> Outer.\n> > Inner.\n>\n> After.')).toMatch(
      /<\/p>\n<p>Outer.<\/p>\n<blockquote>\n<p>Inner.<\/p>\n<\/blockquote>\n<p>After.<\/p>\n<\/div>\n$/,
    );
  });

  it('does not turn the answer’s heading outline upside down: the label is no heading', () => {
    expect(html('> [!IMPORTANT]\n> Read this.')).not.toMatch(/<h\d/);
  });

  it.each([
    ['a plain quote', '> Just a quote.', '<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n'],
    ['an unknown marker', '> [!FOO]\n> Text.', '<blockquote>\n<p>[!FOO]\nText.</p>\n</blockquote>\n'],
    ['a marker inside the text', '> See [!NOTE] here.', '<blockquote>\n<p>See [!NOTE] here.</p>\n</blockquote>\n'],
    ['a marker with nothing under it', '> [!NOTE]', '<blockquote>\n<p>[!NOTE]</p>\n</blockquote>\n'],
    ['a marker outside a quote', '[!NOTE]\nText.', '<p>[!NOTE]\nText.</p>\n'],
  ])('leaves %s untouched', (_name, markdown, expected) => {
    expect(html(markdown)).toBe(expected);
  });
});
