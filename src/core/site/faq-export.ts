import { Buffer } from 'node:buffer';
import { absolutePictureAddresses } from '../markdown/pictures.ts';
import { absoluteUrl } from '../urls.ts';
import { utf8Bytes } from './paginate.ts';
import type { EntryView, SiteModel } from './model.ts';
import { EditorError } from '../content/problems.ts';
import { OncePer } from '../once-per.ts';

/**
 * The most bytes one file of the export may hold. Cloudflare Pages and
 * Workers refuse any file over 25 MiB (26.2 MB); a part stays well under it.
 */
export const FAQ_FILE_BYTES = 20_000_000;

/**
 * The limit a build uses: `FAQ_JSON_PART_BYTES` when set, for a host with a
 * smaller limit per file or consumers that want smaller files, else
 * `FAQ_FILE_BYTES`.
 */
export function faqFileBytes(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return FAQ_FILE_BYTES;
  if (!/^\d+$/.test(setting.trim()) || Number(setting) < 1000) {
    throw new EditorError(`FAQ_JSON_PART_BYTES is "${setting}", not a number of bytes — set a whole number of at least 1000, such as 20000000, or leave it unset for ${FAQ_FILE_BYTES}`);
  }
  return Number(setting);
}

/** The export as files: `faq.json`, then `faq-2.json`, `faq-3.json`… when it is too large for one. */
export interface FaqExport {
  /** The files' paths under the site's base, in order; one while the export fits in one file. */
  files: string[];
  /** File `number` (from 1), encoded in UTF-8. */
  body(number: number): Uint8Array<ArrayBuffer>;
}

/** One public entry as the export gives it. */
function record(entry: EntryView, url: (path: string) => string) {
  return {
    id: entry.id,
    lang: entry.lang,
    url: url(entry.url),
    question: entry.question,
    also: entry.also,
    audience: entry.audience,
    categories: entry.categories.map((path, index) => ({ path, title: entry.categoryTitles[index]! })),
    products: entry.productIds,
    keywords: entry.keywords,
    priority: entry.priority,
    updated: entry.updated,
    answer: { text: entry.text, html: absolutePictureAddresses(entry.html, url) },
    related: entry.related.map((link) => url(link.href)),
  };
}

/** A part's file name: the first is `faq.json` itself, so a small site's export and every link to it stay as they were. */
function fileOf(number: number): string {
  return number === 1 ? 'faq.json' : `faq-${number}.json`;
}

/**
 * Where each file starts in the site's entries: measured once per build,
 * however many routes ask. While the export is one file, each entry's JSON
 * is also kept until the file is written, so it is made once; a larger
 * export makes it again, so a large site does not hold every answer twice
 * while its pages render.
 */
interface Plan {
  starts: number[];
  json: (string | undefined)[];
  /** Each entry's JSON in UTF-8 bytes. */
  sizes: number[];
}

const plans = new OncePer<SiteModel, number, Plan>();

/**
 * Every public question and answer as data, for chat assistants and product
 * widgets; members-only entries are never in it. While it fits in
 * `maxBytes`, one file of `{ version, title, url, languages, entries }`. A
 * larger export is split between entries into files of the same shape, each
 * with `part` (its number), `parts` (the URL of every file, `faq.json`
 * first) and `next` (the URL of the next file, absent on the last), so that
 * `faq.json` stays the one address to start from.
 */
export function faqExport(site: SiteModel, maxBytes = FAQ_FILE_BYTES): FaqExport {
  const url = (path: string) => absoluteUrl(site.settings.url, path);
  const entries = site.languages.flatMap((view) => view.entryOrder.map((id) => view.entries[id]!));
  const head = { version: 1, title: site.languages[0]!.title, url: url(site.base), languages: site.languages.map((view) => view.lang) };
  const headOf = (number: number, count: number) => {
    if (count === 1) return head;
    const parts = Array.from({ length: count }, (_, index) => url(`${site.base}${fileOf(index + 1)}`));
    return { ...head, part: number, parts, ...(number < count ? { next: parts[number] } : {}) };
  };
  const { starts, json, sizes } = plans.get(site, maxBytes, () => {
    // The other fields of the largest file of `count`: the last part number, and a `next` as long as any.
    const headBytes = (count: number) => utf8Bytes(JSON.stringify({ ...headOf(count, count), ...(count > 1 ? { next: url(`${site.base}${fileOf(count)}`) } : {}), entries: [] }));
    const json = entries.map((entry) => JSON.stringify(record(entry, url)));
    const sizes = json.map(utf8Bytes);
    const starts = plan(sizes, headBytes, maxBytes);
    return { starts, json: starts.length === 1 ? json : [], sizes };
  });
  return {
    files: starts.map((_, index) => fileOf(index + 1)),
    body(number) {
      const from = starts[number - 1]!;
      const to = starts[number] ?? entries.length;
      const rest = JSON.stringify({ ...headOf(number, starts.length), entries: [] });
      const open = `${rest.slice(0, -'[]}'.length)}[`;
      let total = utf8Bytes(open) + Math.max(0, to - from - 1) + utf8Bytes(']}');
      for (let index = from; index < to; index++) total += sizes[index]!;
      // Encoded entry by entry into one buffer of the size the plan measured, not made one string first: a string of
      // many megabytes is slow to build and slower to encode (at 10,000 entries 0.35 s against 0.08 s, as a Response body).
      const bytes = Buffer.allocUnsafeSlow(total);
      let at = bytes.write(open);
      for (let index = from; index < to; index++) {
        const kept = json[index];
        if (index > from) at += bytes.write(',', at);
        at += bytes.write(kept ?? JSON.stringify(record(entries[index]!, url)), at);
        // A build writes each file once: its entries' JSON is not kept for the rest of the pages.
        if (kept !== undefined) json[index] = undefined;
      }
      at += bytes.write(']}', at);
      // Every byte was written: the sizes come from the same JSON.
      if (at !== total) throw new Error(`faq.json part ${number}: wrote ${at} bytes of ${total}`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    },
  };
}

/**
 * Where each file starts, given each entry's bytes in JSON and the bytes of
 * a file's other fields when there are `count` files (its list of parts
 * grows with them). Files are filled in order; an entry larger than a whole
 * file gets a file of its own rather than being dropped.
 */
function plan(sizes: number[], headBytes: (count: number) => number, maxBytes: number): number[] {
  // Commas between entries.
  const total = sizes.reduce((sum, size) => sum + size + 1, 0);
  if (total + headBytes(1) <= maxBytes) return [0];
  for (let count = 2; ; count++) {
    const budget = maxBytes - headBytes(count);
    const starts = [0];
    let bytes = 0;
    sizes.forEach((size, index) => {
      if (index > starts.at(-1)! && bytes + size + 1 > budget) {
        starts.push(index);
        bytes = 0;
      }
      bytes += size + 1;
    });
    // A list of parts long enough for every file: otherwise make room for a longer one and pack again.
    if (starts.length <= count) return starts;
  }
}
