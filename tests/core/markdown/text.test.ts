import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/core/markdown/text.ts';

describe('an answer as plain text, for search and snippets', () => {
  it('keeps the words and drops Markdown syntax, link targets and HTML', () => {
    expect(markdownToText('## Steps\n\n1. Open **My orders**.\n2. See [the page](https://x.example/long/url).\n\n<b>raw</b>')).toBe(
      'Steps\nOpen My orders.\nSee the page.\n<b>raw</b>',
    );
  });

  it('keeps Chinese text whole', () => {
    expect(markdownToText('签收后**三十天**内可以退货。')).toBe('签收后三十天内可以退货。');
  });
});

describe('callouts as plain text', () => {
  it('keeps a callout’s words without its [!NOTE] marker', () => {
    expect(markdownToText('> [!WARNING]\n> Unplug the hub first.\n\nThen wait.')).toBe('Unplug the hub first.\nThen wait.');
  });

  it('keeps an unknown marker, which is just text in a quote', () => {
    expect(markdownToText('> [!FOO]\n> Text.')).toBe('[!FOO] Text.');
  });
});

describe('links as plain text', () => {
  it('reads as the page shows them: a link with a scheme the page refuses stays as written', () => {
    expect(markdownToText('Get [the firmware](ftp://files.example/fw.bin) or [the manual](https://acme.example/manual).')).toBe(
      'Get [the firmware](ftp://files.example/fw.bin) or the manual.',
    );
  });
});
