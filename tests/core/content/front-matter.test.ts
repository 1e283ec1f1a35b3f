import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/content/front-matter.ts';

describe('splitFrontMatter', () => {
  it('gives the front matter, the body and the line each starts on', () => {
    expect(splitFrontMatter('\uFEFF---\r\nquestion: Why?\r\n---\r\n\r\nBecause.\r\n')).toEqual({
      yaml: 'question: Why?\r',
      yamlLine: 2,
      body: '\r\nBecause.\r\n',
      bodyLine: 4,
      closed: true,
    });
  });

  it('closes at the first line that starts with ---, even right after the opening one', () => {
    expect(splitFrontMatter('---\n---\nBody.\n---\nMore.')).toEqual({ yaml: '', yamlLine: 2, body: 'Body.\n---\nMore.', bodyLine: 3, closed: true });
  });

  it('without a closing fence reads the rest of the file as front matter, and says it was not closed', () => {
    expect(splitFrontMatter('---\nquestion: Why?\nBecause.\n')).toEqual({ yaml: 'question: Why?\nBecause.\n', yamlLine: 2, body: '', bodyLine: 4, closed: false });
  });

  it('finds nothing in a file that does not open with a fence', () => {
    expect(splitFrontMatter('question: Why?\n---\nBody.')).toBeUndefined();
    expect(splitFrontMatter('')).toBeUndefined();
  });
});
