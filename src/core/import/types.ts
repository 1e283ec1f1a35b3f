import type { Audience } from '../audiences.ts';

/**
 * Something the import met in the source, with where it was and what the
 * import did about it, so an editor can find the record and judge the result.
 * `where` names the record: `faq.csv:7 (row 5)`, `articles.json: article 360001 (zh-cn)`,
 * `faq.html:42 (question 3)`.
 */
export interface ImportProblem {
  where: string;
  message: string;
  /** How it was handled, or for an error how to fix it. */
  handled: string;
  /** Errors stop the import before anything is written; warnings are reported and the import goes on. */
  severity: 'error' | 'warning';
}

/** One level of a category path, titled per language (`*` when the language is not known). */
export interface CategorySegment {
  titles: Record<string, string>;
  /** A stable key from the source (a Zendesk section id), so the same section in two locales is one category. */
  key?: string;
}

/** One question in one language, as a source gave it, before ids, categories and Markdown are settled. */
export interface ImportedRecord {
  where: string;
  /** Records with the same key are one question in several languages. */
  key: string;
  /** The source's own id, used for an id when the question has no Latin letters to make one of. */
  sourceId?: string;
  question: string;
  answer: { format: 'html' | 'markdown'; text: string };
  /** Top-level first; empty when the source names none. */
  category: CategorySegment[];
  lang?: string;
  audience?: Audience[];
  keywords: string[];
  draft: boolean;
  priority: number;
  membersOnly: boolean;
  /** `YYYY-MM-DD`, when the source says when the answer was last edited. */
  updated?: string;
  /** Absolute address the answer's relative links and images are read against. */
  baseUrl?: string;
}

/** What a source reader hands on: its records, what it met, and how to tell a link to another record. */
export interface SourceRead {
  kind: 'csv' | 'web page' | 'zendesk';
  records: ImportedRecord[];
  problems: ImportProblem[];
  /** The key of the record an absolute link address points to, when it points to one. */
  linkKey: (address: URL) => string | undefined;
  /** The source's title (a page's <title>), for a new site.yaml. */
  title?: string;
}

export function formatProblem(problem: ImportProblem): string {
  return `${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.where}: ${problem.message} — ${problem.handled}`;
}
