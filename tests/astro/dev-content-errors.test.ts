import { describe, expect, it } from 'vitest';
import { devContentErrors, devStartErrors } from '../../src/astro/dev-content-errors.ts';
import { ContentError } from '../../src/core/content/problems.ts';

describe('what the dev server says about an edit with mistakes', () => {
  it('names every error, in file order, and says the pages keep the content as it was, leaving warnings out', () => {
    const { log, overlay } = devContentErrors(
      new ContentError([
        { file: 'faq/b.md', line: 3, message: '`audience` is missing', hint: 'add `audience:`', severity: 'error' },
        { file: 'faq/a.md', line: 2, message: 'no keywords', severity: 'warning' },
        { file: 'faq/a.md', line: 5, message: 'unknown category "order"', severity: 'error' },
      ]),
    );
    expect(overlay).toEqual({
      name: 'ContentError',
      title: 'The content has 2 errors',
      message: 'faq/a.md:5: unknown category "order"\nfaq/b.md:3: `audience` is missing — add `audience:`',
      hint: 'Fix them and save: the page reloads. Until then, the pages show the content as it was before the mistake.',
      stack: '',
    });
    expect(log).toBe('The content has 2 errors; the pages show the content as it was before them.\nfaq/a.md:5: unknown category "order"\nfaq/b.md:3: `audience` is missing — add `audience:`');
  });

  it('passes on another error\'s message, with no stack trace', () => {
    const { log, overlay } = devContentErrors(new Error('site.yaml could not be read'));
    expect(log).toBe('site.yaml could not be read');
    expect(overlay).toMatchObject({ title: 'The site could not be loaded', message: 'site.yaml could not be read', stack: '' });
  });

  it('as it starts, with no pages yet to fall back on, says to start it again once the one error is fixed', () => {
    const error = new ContentError([{ file: 'faq/a.md', line: 2, message: '`question`: must not be empty', severity: 'error' }]);
    expect(devStartErrors(error)).toBe('The content has 1 error; fix it, then start `npm run dev` again.\nfaq/a.md:2: `question`: must not be empty');
    expect(devContentErrors(error).overlay.hint).toBe('Fix it and save: the page reloads. Until then, the pages show the content as it was before the mistake.');
  });
});
