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
