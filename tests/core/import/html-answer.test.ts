import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/core/import/html-answer.ts';

function convert(html: string) {
  const reports: string[] = [];
  const markdown = htmlToMarkdown(html, {
    link: (href) => href,
    image: (src, alt) => `![${alt}](${src})`,
    report: (message, handled) => reports.push(`${message} — ${handled}`),
  });
  return { markdown, reports };
}

describe('HTML answers to Markdown', () => {
  it('keeps lists, tables, links and pictures', () => {
    const { markdown, reports } = convert(
      '<p>Read <a href="https://example.com/a">the guide</a>.</p><ol><li>One</li><li>Two<ul><li>Inner</li></ul></li></ol><table><thead><tr><th>Plan</th><th>Price</th></tr></thead><tbody><tr><td>Basic</td><td>€5</td></tr></tbody></table><img src="shot.png" alt="The screen">',
    );
    expect(markdown).toBe('Read [the guide](https://example.com/a).\n\n1. One\n2. Two\n   - Inner\n\n| Plan | Price |\n| --- | --- |\n| Basic | €5 |\n\n![The screen](shot.png)');
    expect(reports).toEqual([]);
  });

  it('makes the first row the heading of a table that has none, rather than leaving HTML the answer would show as text', () => {
    const { markdown } = convert('<table><tr><td>Euro area</td><td>0%</td></tr><tr><td>Elsewhere</td><td>2%</td></tr></table>');
    expect(markdown).toBe('| Euro area | 0% |\n| --- | --- |\n| Elsewhere | 2% |');
  });

  it('drops scripts, styles, foreign frames and tracking pixels, and reports each', () => {
    const { markdown, reports } = convert(
      '<p>Hello</p><script>steal(document.cookie)</script><style>p{}</style><iframe src="https://ads.example/frame?u=42"></iframe><img src="https://pixel.example/p.gif?uid=42" width="1" height="1"><img src="https://t.example/o.gif?u=9" style="width:1px;height:1px">',
    );
    expect(markdown).toBe('Hello');
    expect(reports).toEqual([
      'a <script> in the answer — dropped: an answer is text, pictures and links',
      'a <style> in the answer — dropped: an answer is text, pictures and links',
      'an embedded frame from https://ads.example — dropped: only YouTube and Vimeo videos become video links',
      'a 1×1 tracking image (https://pixel.example) — dropped',
      'a 1×1 tracking image (https://t.example) — dropped',
    ]);
    expect(reports.join('\n')).not.toMatch(/uid=42|u=9/);
  });

  it('turns YouTube and Vimeo players into a lone video link line', () => {
    expect(convert('<p>Watch:</p><iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?rel=0" title="Set-up [part 1]"></iframe>').markdown).toBe(
      'Watch:\n\n[Set-up \\[part 1\\]](https://www.youtube.com/watch?v=aqz-KE-bpKQ)',
    );
    expect(convert('<iframe src="//player.vimeo.com/video/76979871"></iframe>').markdown).toBe('https://vimeo.com/76979871');
  });

  it('keeps only the words of a javascript: link, and raw HTML never survives as markup', () => {
    const { markdown, reports } = convert('<p><a href="javascript:alert(1)">Click</a> <img src="x.png" alt="x" onerror="alert(2)"> <b onclick="alert(3)">bold</b></p>');
    expect(markdown).toBe('Click ![x](x.png) **bold**');
    expect(reports).toEqual(['a javascript: link — kept its words without the link']);
  });
});
