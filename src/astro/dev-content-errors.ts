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
  const report = contentReport(error);
  if (!report) {
    const message = error instanceof Error ? error.message : String(error);
    return { log: message, overlay: { name: 'Error', title: 'The site could not be loaded', message, hint: kept('it'), stack: '' } };
  }
  return {
    log: `${report.title}; the pages show the content as it was before them.\n${report.lines.join('\n')}`,
    overlay: { name: 'ContentError', title: report.title, message: report.lines.join('\n'), hint: kept(report.them), stack: '' },
  };
}

/** What the dev server says when the content has mistakes as it starts: it has no pages to show until they are fixed. */
export function devStartErrors(error: ContentError): string {
  const report = contentReport(error)!;
  return `${report.title}; fix ${report.them}, then start \`npm run dev\` again.\n${report.lines.join('\n')}`;
}

function contentReport(error: unknown): { title: string; lines: string[]; them: string } | undefined {
  if (!(error instanceof ContentError)) return undefined;
  const lines = sortProblems(errorsIn(error.problems)).map(formatProblem);
  const one = lines.length === 1;
  return { title: `The content has ${lines.length} ${one ? 'error' : 'errors'}`, lines, them: one ? 'it' : 'them' };
}

const kept = (them: string) => `Fix ${them} and save: the page reloads. Until then, the pages show the content as it was before the mistake.`;
