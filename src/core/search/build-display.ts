import { charClass, WIDE } from '../cjk.ts';
import { SHARDING } from './settings.ts';
import { displayShardPath, URL_ID, urlFromPattern, type DisplayRecord, type DisplayShardFile } from './index-format.ts';
import type { SearchDocument, SearchIndexFile } from './types.ts';

/** Marks a snippet source cut short, so the snippet can say there is more. */
const TRUNCATION_MARK = '…';

/** CJK characters carry about twice the meaning of a Latin letter, and take twice the room on screen. */
const WIDE_CHAR = charClass(WIDE);

/**
 * The start of the answer, about `width` columns wide (a CJK character is
 * two), cut at a word boundary. The whole answer would triple the size of the
 * index; the first sentences are what a reader scanning results needs, and
 * matches further on still rank the hit.
 */
export function snippetSource(text: string, width: number = SHARDING.snippetSourceWidth): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let used = 0;
  let cut = 0;
  for (const char of flat) {
    used += WIDE_CHAR.test(char) ? 2 : 1;
    if (used > width) break;
    cut += char.length;
  }
  if (cut >= flat.length) return flat;
  // Prefer a space near the limit; unspaced scripts are cut between any two characters.
  const space = flat.lastIndexOf(' ', cut);
  if (space > cut * 0.7) cut = space;
  return flat.slice(0, cut).trimEnd() + TRUNCATION_MARK;
}

/** The URL shape most documents share (`q/{id}/`), so their records can leave the URL out. */
export function commonUrlPattern(docs: readonly SearchDocument[]): string {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    if (!doc.url.includes(doc.id)) continue;
    const pattern = doc.url.replace(doc.id, URL_ID);
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** A document's display record; its URL is empty when `urlPattern` gives it, and `products` numbers its products. */
export function displayRecord(doc: SearchDocument, urlPattern: string, products: ReadonlyMap<string, number>): DisplayRecord {
  const url = urlPattern && urlFromPattern(urlPattern, doc.id) === doc.url ? '' : doc.url;
  const record: DisplayRecord = [doc.id, url, doc.question, snippetSource(doc.text)];
  const numbers = (doc.products ?? []).flatMap((name) => products.get(name) ?? []);
  if (numbers.length) record.push(numbers);
  return record;
}

/** How many documents share a display shard, from the average record size. */
export function displayShardSize(records: readonly DisplayRecord[]): number {
  if (!records.length) return 1;
  // Bytes, not characters: a Chinese character takes three, and a shard of Chinese records sized by characters was twice the bytes of an English one.
  const utf8 = new TextEncoder();
  const bytes = records.reduce((sum, record) => sum + utf8.encode(JSON.stringify(record)).length, 0);
  return Math.max(1, Math.min(64, Math.round(SHARDING.displayShardBytes / (bytes / records.length))));
}

export function displayFiles(records: readonly DisplayRecord[], shardSize: number): SearchIndexFile[] {
  const files: SearchIndexFile[] = [];
  for (let first = 0, shard = 0; first < records.length; first += shardSize, shard++) {
    const file: DisplayShardFile = { docs: records.slice(first, first + shardSize) };
    files.push({ path: displayShardPath(shard), contents: JSON.stringify(file) });
  }
  return files;
}
