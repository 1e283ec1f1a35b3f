import type { Problem } from './types.ts';

/** `path:line: what is wrong — how to fix it`, the shape editors' tools and terminals link. */
export function formatProblem(problem: Problem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  return `${place}: ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join('\n');
}

/** File order, then line order: the order an editor walks through them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}

/**
 * An error in what an editor wrote or set, not in this code: its message says
 * what to fix, and the place it was thrown from would tell the editor
 * nothing, so it carries no stack trace.
 */
export class EditorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    this.stack = '';
  }
}

/** Thrown when content has errors; carries every problem so callers can print them all. */
export class ContentError extends EditorError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = errorsIn(problems);
    super(`The content has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; nothing was written.\n${formatProblems(errors)}`);
    this.problems = problems;
  }
}
