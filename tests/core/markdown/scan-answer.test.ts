import { describe, expect, it } from 'vitest';
import { scanAnswer } from '../../../src/core/markdown/scan-answer.ts';

describe('external links in an answer', () => {
  it('are found as the renderer links them, each on its own line of the Markdown', () => {
    const markdown = [
      'See [the guide](https://example.com/guide) first,',
      'or https://example.org/bare, which becomes a link.',
      '',
      '![A photo](https://cdn.example.com/photo.png)',
      '',
      '[Widget](product:widget-pro), [refunds](faq:refund-timing), [mail](mailto:help@example.com) and [home](/) are not external.',
      '',
      'Read [the terms][terms].',
      '',
      '[terms]: http://example.net/terms',
    ].join('\n');
    expect(scanAnswer(markdown).externalLinks).toEqual([
      { url: 'https://example.com/guide', line: 1 },
      { url: 'https://example.org/bare', line: 2 },
      { url: 'https://cdn.example.com/photo.png', line: 4 },
      { url: 'http://example.net/terms', line: 8 },
    ]);
  });

  it('leave out what is only text: code, and links the renderer drops', () => {
    expect(scanAnswer('`https://example.com/in-code`\n\n    https://example.com/indented\n\n[x](javascript:alert(1))').externalLinks).toEqual([]);
  });
});

describe('Markdown that a slip of spacing leaves as text', () => {
  const slips = (markdown: string) => scanAnswer(markdown).spacingSlips;

  it('is found at its line: a heading without its space, a space before a link\'s address, and a space inside one', () => {
    expect(slips('Intro.\n\n##Shipping abroad\n\nSee [our page] (https://acme.example/ship),\nand [the other](https://acme.example/a b) or [setup] (../setup/wifi.md).\n')).toEqual([
      { kind: 'heading', written: '##Shipping', line: 3 },
      { kind: 'before-address', written: '[our page] (https://acme.example/ship)', line: 5 },
      { kind: 'before-address', written: '[setup] (../setup/wifi.md)', line: 6 },
      { kind: 'in-address', written: '[the other](https://acme.example/a b)', line: 6 },
    ]);
  });

  it('leaves alone what is meant: real headings and links, a title after an address, numbers and hashtags of digits, brackets in prose, and code', () => {
    expect(slips([
      '## Shipping',
      '',
      '#1 in reviews, and issue #42. [Optional] (but useful) steps.',
      '',
      'See [our page](https://acme.example/ship "Shipping") and [faq](faq:refund-timing).',
      '',
      'Write `[text] (https://x)` or `##Heading` to see the slip.',
      '',
      '```',
      '##Not a heading',
      '[a] (https://x)',
      '```',
    ].join('\n'))).toEqual([]);
  });
});

describe('blocks that read otherwise than meant', () => {
  const slips = (markdown: string) => scanAnswer(markdown).blockSlips;

  it('finds a code block never closed, at the end of the answer or of the quote holding it', () => {
    expect(slips('Run:\n\n```sh\nreset --hard\n\nThen wait.\n')).toEqual([{ kind: 'open-code', written: '```', line: 3 }]);
    expect(slips('Run:\n\n~~~~\nreset')).toEqual([{ kind: 'open-code', written: '~~~~', line: 3 }]);
    expect(slips('> ```\n> reset\n\nThen wait.')).toEqual([{ kind: 'open-code', written: '```', line: 1 }]);
  });

  it('leaves closed code blocks alone, empty, in a list, or closed by a longer fence', () => {
    expect(slips('```\n```\n\n- ```\n  reset\n  ```\n\n~~~\na\n~~~~\n\n```js\nlast\n```')).toEqual([]);
  });

  it('finds a quote marked with a word no alert has, and an alert with nothing under it', () => {
    expect(slips('> [!NOTEE]\n> Careful.\n\n> [!info]\n> More.\n\n> [!WARNING]\n\nText.')).toEqual([
      { kind: 'unknown-callout', written: '[!NOTEE]', line: 1 },
      { kind: 'unknown-callout', written: '[!info]', line: 4 },
      { kind: 'empty-callout', written: '[!WARNING]', line: 7 },
    ]);
  });

  it('leaves alerts with a body and plain quotes alone', () => {
    expect(slips('> [!TIP]\n> Restart it.\n\n> [!caution] Hot.\n\n> A quote [!NOTE] in passing.\n\n> [!NOTE]\n> > nested')).toEqual([]);
  });
});
