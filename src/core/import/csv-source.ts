import { parse } from 'csv-parse/sync';
import { isAudience, type Audience } from '../audiences.ts';
import { languageOf } from './language.ts';
import type { CategorySegment, ImportedRecord, ImportProblem, SourceRead } from './types.ts';

/** The columns a spreadsheet can have, each with the header names it is known by (compared without case). */
export const CSV_FIELDS = {
  question: ['question', 'q', 'title'],
  answer: ['answer', 'a', 'body', 'content'],
  category: ['category', 'categories', 'section', 'topic'],
  audience: ['audience', 'audiences'],
  keywords: ['keywords', 'tags', 'labels'],
  language: ['language', 'lang', 'locale'],
  id: ['id'],
  url: ['url', 'link'],
} as const;
type Field = keyof typeof CSV_FIELDS;

/** HTML tags that show an answer is HTML rather than Markdown. */
const HTML_ANSWER = /<\/?(p|br|ul|ol|li|a|strong|em|b|i|h[1-6]|table|tr|td|img|div|span|iframe|script|style|code|pre|blockquote)\b[^>]*>/i;

export interface CsvOptions {
  /** As the editor named it in messages. */
  file: string;
  /** `question=Frage,answer=Antwort`: header names other than the known ones. */
  map?: string;
  tab?: boolean;
}

/**
 * Reads a spreadsheet saved as CSV or TSV with a header row: one row per
 * question in one language. Rows that share an `id` are one question in
 * several languages. Quoted fields may span lines; a byte-order mark and
 * CRLF line ends are read as a spreadsheet program writes them.
 */
export function readCsv(text: string, options: CsvOptions): SourceRead {
  const problems: ImportProblem[] = [];
  const empty: SourceRead = { kind: 'csv', records: [], problems, linkKey: () => undefined };
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const tab = options.tab ?? (firstLine.split('\t').length > firstLine.split(',').length);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, delimiter: tab ? '\t' : ',', relax_column_count: true, info: true, skip_empty_lines: false, relax_quotes: tab }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    problems.push({ where: line ? `${options.file}:${line}` : options.file, message: `this is not a readable ${tab ? 'TSV' : 'CSV'} file (${(error as Error).message.replace(/^Invalid \w+:\s*/i, '')})`, handled: 'save it again as CSV (UTF-8) from the spreadsheet program; nothing was imported', severity: 'error' });
    return empty;
  }
  const [header, ...data] = rows;
  if (!header) {
    problems.push({ where: options.file, message: 'the file is empty', handled: 'export the FAQ with a header row and one row per question; nothing was imported', severity: 'error' });
    return empty;
  }
  const columns = findColumns(header.record, options, problems);
  if (!columns) return empty;

  const records: ImportedRecord[] = [];
  const urls = new Map<string, string>();
  let previousEnd = header.info.lines;
  data.forEach(({ record, info }, index) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((cell) => cell.trim() === '')) return;
    const where = `${options.file}:${line} (row ${index + 1})`;
    const cell = (field: Field) => (columns[field] === undefined ? '' : (record[columns[field]!] ?? '').trim());
    const question = cell('question').replace(/\s+/g, ' ');
    if (!question) {
      problems.push({ where, message: 'the question is empty', handled: 'the row was skipped', severity: 'warning' });
      return;
    }
    const answer = cell('answer');
    if (!answer) problems.push({ where, message: 'the answer is empty', handled: 'imported as a draft: write the answer, then remove `draft: true`', severity: 'warning' });
    const languageCell = cell('language');
    const lang = languageCell ? languageOf(languageCell) : undefined;
    if (languageCell && !lang) problems.push({ where, message: `"${languageCell}" is not a language`, handled: 'imported in the default language', severity: 'warning' });
    const audienceWords = splitList(cell('audience')).map((word) => word.toLowerCase());
    const unknown = audienceWords.filter((word) => !isAudience(word));
    if (unknown.length) problems.push({ where, message: `unknown audience "${unknown.join(', ')}"`, handled: `left out; use prospect, new or loyal${audienceWords.length === unknown.length ? ' (every audience was given instead)' : ''}`, severity: 'warning' });
    const audience = audienceWords.filter(isAudience) as Audience[];
    const id = cell('id');
    const key = id ? `id:${id}` : `row:${index + 1}`;
    if (cell('url')) urls.set(normalizeAddress(cell('url')), key);
    records.push({
      where,
      key,
      sourceId: id || undefined,
      question,
      answer: { format: HTML_ANSWER.test(answer) ? 'html' : 'markdown', text: answer },
      category: categoryPath(cell('category')),
      lang,
      audience: audience.length ? audience : undefined,
      keywords: splitList(cell('keywords')),
      draft: !answer,
      priority: 0,
      membersOnly: false,
      baseUrl: cell('url') || undefined,
    });
  });
  return { kind: 'csv', records, problems, linkKey: (address) => urls.get(normalizeAddress(address.href)) };
}

function findColumns(header: string[], options: CsvOptions, problems: ImportProblem[]): Partial<Record<Field, number>> | undefined {
  const names = header.map((name) => name.trim().toLowerCase());
  const columns: Partial<Record<Field, number>> = {};
  for (const [field, aliases] of Object.entries(CSV_FIELDS) as [Field, readonly string[]][]) {
    const index = names.findIndex((name) => aliases.includes(name));
    if (index >= 0) columns[field] = index;
  }
  let ok = true;
  for (const pair of (options.map ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
    const [field, name] = pair.split('=').map((part) => part.trim());
    if (!field || !name || !(field in CSV_FIELDS)) {
      problems.push({ where: '--map', message: `"${pair}" is not a column mapping`, handled: `write field=Header, with a field among ${Object.keys(CSV_FIELDS).join(', ')}, e.g. --map question=Frage,answer=Antwort`, severity: 'error' });
      ok = false;
      continue;
    }
    const index = names.indexOf(name.toLowerCase());
    if (index < 0) {
      problems.push({ where: '--map', message: `${options.file} has no column "${name}"`, handled: `use one of its headers: ${header.map((h) => h.trim()).join(', ')}`, severity: 'error' });
      ok = false;
      continue;
    }
    columns[field as Field] = index;
  }
  for (const field of ['question', 'answer'] as const) {
    if (columns[field] !== undefined || !ok) continue;
    problems.push({ where: `${options.file}:1`, message: `no ${field} column among the headers ${header.map((h) => JSON.stringify(h.trim())).join(', ')}`, handled: `name it "${field}", or map it: --map ${field}=<header>`, severity: 'error' });
    ok = false;
  }
  return ok ? columns : undefined;
}

/** `Orders > Returns` or `Orders/Returns`: top level first. */
function categoryPath(text: string): CategorySegment[] {
  return text
    .split(/\s*(?:>|\/)\s*/)
    .map((title) => title.trim())
    .filter(Boolean)
    .map((title) => ({ titles: { '*': title } }));
}

function splitList(text: string): string[] {
  return [...new Set(text.split(/[,;|、，]/).map((word) => word.trim()).filter(Boolean))];
}

function normalizeAddress(address: string): string {
  return address.trim().replace(/\/+$/, '');
}
