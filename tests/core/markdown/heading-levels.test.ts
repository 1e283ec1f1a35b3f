import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { answerUnder } from '../../../src/core/site/answer-under.ts';

const render = createRenderer();
const headings = (html: string) => [...html.matchAll(/<(h\d)[^>]*>([^<]*)/g)].map((match) => `${match[1]} ${match[2]!.trim()}`);

describe("an answer's own headings sit below the heading it is shown under", () => {
  const answer = 'Intro.\n\n## Before you start\n\nText.\n\n### Tools\n\nMore.\n\n## Steps\n\nDone.';

  it('start at h2 on the entry page, under the question as h1', () => {
    expect(headings(render(answer, {}).html)).toEqual(['h2 Before you start', 'h3 Tools', 'h2 Steps']);
  });

  it.each([
    [2, ['h3 Before you start', 'h4 Tools', 'h3 Steps']],
    [4, ['h5 Before you start', 'h6 Tools', 'h5 Steps']],
    [5, ['h6 Before you start', 'h6 Tools', 'h6 Steps']],
  ])('start one level below a parent h%i, from the same render', (parent, expected) => {
    const rendered = render(answer, {});
    expect(headings(answerUnder(rendered, parent))).toEqual(expected);
    // Only the heading tags change: the text, ids and anchors stay as rendered.
    expect(answerUnder(rendered, parent).replace(/<(\/?)h\d/g, '<$1h')).toBe(rendered.html.replace(/<(\/?)h\d/g, '<$1h'));
  });

  it('follow the render option headingParent', () => {
    expect(headings(render(answer, { headingParent: 3 }).html)).toEqual(['h4 Before you start', 'h5 Tools', 'h4 Steps']);
  });

  it('never make a second h1, whatever level the author started at', () => {
    expect(headings(render('# Overview\n\nText.\n\n## Detail', {}).html)).toEqual(['h2 Overview', 'h3 Detail']);
  });

  it('never skip a level inside the answer either', () => {
    expect(headings(render('## One\n\n#### Deep\n\n### Back', {}).html)).toEqual(['h2 One', 'h3 Deep', 'h3 Back']);
  });

  it('render the same at any level when the answer has no headings', () => {
    const rendered = render('Just a [link](https://example.com) and **text**.', {});
    expect(answerUnder(rendered, 4)).toBe(rendered.html);
    expect(rendered.html).toContain('class="external"');
  });

  it('keep every other part of the answer rendered once, links included', () => {
    const rendered = render('See [the shop](https://shop.example).\n\n## Next\n\n[Again](https://shop.example)', {});
    const nested = answerUnder(rendered, 3);
    expect(nested.match(/class="external"/g)).toHaveLength(2);
    expect(nested).toContain('<h4 id="next">');
  });

  it('are placed from plain data, which a worker thread can hand over', () => {
    const rendered = render(answer, { headingParent: 3 });
    const handedOver = structuredClone(rendered);
    expect(answerUnder(handedOver, 1)).toBe(render(answer, {}).html);
    expect(headings(answerUnder(handedOver, 2))).toEqual(['h3 Before you start', 'h4 Tools', 'h3 Steps']);
  });
});
