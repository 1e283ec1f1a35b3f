import { describe, expect, it } from 'vitest';
import { searchIndexes } from '../../../src/core/search/query.ts';
import { highlight, snippet } from '../../../src/core/search/highlight.ts';
import { doc, openIndex } from './search-fixtures.ts';

describe('highlighting', () => {
  it('marks the matched words in the question and the snippet', async () => {
    const index = await openIndex([doc({ id: 'a', question: 'How do I return an item?', text: 'Returns are free: start one from My orders.' })]);
    const [hit] = (await searchIndexes([index], 'returning')).hits;
    expect(hit?.question.html).toBe('How do I <mark>return</mark> an item?');
    expect(hit?.snippet.html).toBe('<mark>Returns</mark> are free: start one from My orders.');
    expect(hit?.snippet.ranges).toEqual([[0, 7]]);
  });

  it('escapes everything else, so text from an answer can never become markup', async () => {
    const index = await openIndex([
      doc({ id: 'a', question: 'Why <b>bold</b> & "quotes"?', text: 'Type <script>alert("refund")</script> to get a refund.' }),
    ]);
    const [hit] = (await searchIndexes([index], 'refund bold')).hits;
    expect(hit?.snippet.html).toBe('Type &lt;script&gt;alert(&quot;<mark>refund</mark>&quot;)&lt;/script&gt; to get a <mark>refund</mark>.');
    expect(hit?.question.html).toBe('Why &lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; &quot;quotes&quot;?');
    expect(hit?.snippet.html).not.toMatch(/<(?!\/?mark>)/);
  });

  it('merges overlapping Chinese bigrams into one mark', () => {
    expect(highlight('如何申请退货', new Set(['申请', '请退', '退货'])).html).toBe('如何<mark>申请退货</mark>');
  });

  it('cuts a long answer around the densest matches, with ellipses where it was cut', () => {
    const text = `${'Intro words here. '.repeat(12)}The refund reaches your card. ${'Closing words. '.repeat(12)}`;
    const result = snippet(text, new Set(['refund', 'card']), 80);
    expect(result.text.length).toBeLessThanOrEqual(82);
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.html).toContain('<mark>refund</mark>');
    expect(result.html).toContain('<mark>card</mark>');
  });
});
