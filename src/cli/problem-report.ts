import { formatProblem } from '../core/content/problems.ts';
import type { Problem } from '../core/content/types.ts';

/** The report for a terminal, or GitHub Actions annotations that land on the right file and line. */
export function formatReport(problems: readonly Problem[], format: string, summary: { entries: number; seconds: string }): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const totals = `${summary.entries} ${summary.entries === 1 ? 'entry' : 'entries'} checked in ${summary.seconds} s: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  if (format === 'github') {
    return [...problems.map(githubAnnotation), totals].join('\n');
  }
  return [...problems.map((problem) => `${problem.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(problem)}`), totals].join('\n');
}

/** `::error file=…,line=…::message` — GitHub shows these on the pull request's diff. */
function githubAnnotation(problem: Problem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : [])].join(',');
  const message = problem.hint ? `${problem.message} — ${problem.hint}` : problem.message;
  return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(message)}`;
}
