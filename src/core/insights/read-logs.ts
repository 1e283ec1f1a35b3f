/**
 * Reads event exports from disk, streaming: JSONL (one event or one batch a
 * line) and CSV (see `csv.ts`). Memory stays bounded by the longest line, not
 * by the file. Each raw value goes to `onValue` with the file and line it came
 * from; a line that cannot be read at all goes to `onBadLine`.
 */

import fs from 'node:fs';
import path from 'node:path';
import { createCsvReader, csvRowValue } from './csv.ts';

export interface LogPlace {
  file: string;
  line: number;
}

export interface LogReader {
  onValue(value: unknown, place: LogPlace): void;
  onBadLine(problem: string, place: LogPlace): void;
}

const LOG_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json', '.csv']);

/** Files named on the command line, a folder standing for the exports inside it (not hidden, sorted, one level of sub-folders and more). */
export function expandLogPaths(paths: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const visit = (item: string, named: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(item);
    } catch {
      problems.push(`${item}: no such file or folder — name an exported .jsonl or .csv file, or a folder of them`);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(item).sort()) if (!name.startsWith('.')) visit(path.join(item, name), false);
    } else if (named || LOG_EXTENSIONS.has(path.extname(item).toLowerCase())) files.push(item);
  };
  for (const item of paths) visit(item, true);
  return { files, problems };
}

export async function readLogFile(file: string, reader: LogReader): Promise<void> {
  if (path.extname(file).toLowerCase() === '.csv') return readCsv(file, reader);
  return readJsonLines(file, reader);
}

/** A line longer than this is no event the browser sent; it is skipped rather than held in memory. */
export const MAX_LINE_LENGTH = 1 << 20;

async function readJsonLines(file: string, reader: LogReader): Promise<void> {
  let rest = '';
  let line = 0;
  /** Inside a line already too long: its characters are dropped until its end. */
  let skipping = false;
  const take = (text: string) => {
    line++;
    if (skipping) {
      skipping = false;
      reader.onBadLine(`longer than ${MAX_LINE_LENGTH / (1 << 20)} MB`, { file, line });
      return;
    }
    const trimmed = text.trim();
    if (!trimmed) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      reader.onBadLine('not JSON', { file, line });
      return;
    }
    reader.onValue(value, { file, line });
  };
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      take(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (rest.length > MAX_LINE_LENGTH) {
      skipping = true;
      rest = '';
    }
  }
  if (rest || skipping) take(rest);
}

async function readCsv(file: string, reader: LogReader): Promise<void> {
  let header: string[] | undefined;
  const csv = createCsvReader(({ fields, line }) => {
    if (!header) {
      header = fields;
      return;
    }
    let value: unknown;
    try {
      value = csvRowValue(header, fields);
    } catch {
      reader.onBadLine('a JSON cell that is not JSON', { file, line });
      return;
    }
    reader.onValue(value, { file, line });
  });
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) csv.push(chunk.replace(/^\uFEFF/, ''));
  csv.end();
}
