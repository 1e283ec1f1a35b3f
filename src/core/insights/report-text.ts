/** Small formatting shared by the terminal, Markdown and HTML reports. */

import type { Insights } from './analyse.ts';

export function percent(value: number | undefined): string {
  return value === undefined ? '–' : `${Math.round(value * 100)}%`;
}

export function period(insights: Insights): string {
  if (!insights.first || !insights.last) return 'no events';
  return `${insights.first.slice(0, 10)} to ${insights.last.slice(0, 10)}`;
}

export function languages(byLang: Record<string, number>): string {
  return Object.entries(byLang).sort((a, b) => b[1] - a[1]).map(([lang, count]) => `${lang} ${count}`).join(', ');
}

export function number(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface BadLine {
  file: string;
  /** 1-based; 0 for a problem with the whole file. */
  line: number;
  problem: string;
}

/** What the run read: how many events, and the lines it skipped. */
export interface ReadSummary {
  files: string[];
  events: number;
  /** Events left out by --since or --lang. */
  filtered: number;
  badLines: number;
  /** The first bad lines, named. */
  named: BadLine[];
}

export function times(count: number): string {
  return count === 1 ? 'once' : `${number(count)} times`;
}

/** `file:line`, or the file alone for a problem with the whole file. */
export function place(bad: BadLine): string {
  return bad.line ? `${bad.file}:${bad.line}` : bad.file;
}
