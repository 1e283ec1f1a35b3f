import { ContentError, errorsIn, formatProblem, sortProblems } from '../core/content/problems.ts';

/** What Vite's client takes to show an error over the page (its `error` message); Astro draws it. */
export interface OverlayError {
  name: string;
  title: string;
  /** Text: Astro's overlay escapes it, and shows `code` as code. */
  message: string;
  hint: string;
  stack: string;
}

/**
 * What the dev server says when an edit leaves the content with mistakes:
 * the terminal gets every problem, and the browser shows them over the page,
 * where an editor looking at the page would otherwise see the last good
 * content and think the edit was taken.
 */
export function devContentErrors(error: unknown): { log: string; overlay: OverlayError } {
  if (!(error instanceof ContentError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { log: message, overlay: { name: 'Error', title: 'The site could not be loaded', message, hint: KEPT, stack: '' } };
  }
  const lines = sortProblems(errorsIn(error.problems)).map(formatProblem);
  const title = `The content has ${lines.length} ${lines.length === 1 ? 'error' : 'errors'}`;
  return {
    log: `${title}; the pages show the content as it was before them.\n${lines.join('\n')}`,
    overlay: { name: 'ContentError', title, message: lines.join('\n'), hint: KEPT, stack: '' },
  };
}

const KEPT = 'Fix them and save: the page reloads. Until then, the pages show the content as it was before the mistake.';
