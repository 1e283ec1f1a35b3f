import { Buffer } from 'node:buffer';
import { pageUrl } from '../urls.ts';
import type { EntryView, ListPage } from './model.ts';

/**
 * The most one page of a list may hold. Hosts and browsers cope with any
 * size, but readers on a phone and search engines do not: every page must
 * stay well under 100 kB gzip. The bytes are the page's HTML estimated from
 * what its items show, before compression, so a budget holds even for text
 * that compresses badly (Chinese, in UTF-8, compresses to about half).
 */
export interface PageLimits {
  maxItems: number;
  maxBytes: number;
}

/** Lists whose answers open in place: each item carries its answer's HTML. */
export const ANSWER_LIST_LIMITS: PageLimits = { maxItems: 200, maxBytes: 200_000 };

/** Lists of links to questions: a line each. */
export const LINK_LIST_LIMITS: PageLimits = { maxItems: 500, maxBytes: 200_000 };

/**
 * Splits a list into pages in order, each as full as `limits` allow. An item
 * larger than a whole page gets a page of its own rather than being dropped.
 * An empty list is one empty page: the list's own page always exists.
 */
export function paginate<T>(items: readonly T[], sizeOf: (item: T) => number, limits: PageLimits): T[][] {
  const pages: T[][] = [[]];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && (page.length >= limits.maxItems || bytes + size > limits.maxBytes)) {
      pages.push([item]);
      bytes = size;
    } else {
      page.push(item);
      bytes += size;
    }
  }
  return pages;
}

/** The pages of a list of entries: page 1 at the list's own URL, the next ones under `page/<n>/`. */
export function entryListPages(listUrl: string, entries: readonly EntryView[], sizeOf: (entry: EntryView) => number, limits: PageLimits): ListPage[] {
  return paginate(entries, sizeOf, limits).map((page, index) => ({
    number: index + 1,
    url: pageUrl(listUrl, index + 1),
    entryIds: page.map((entry) => entry.id),
  }));
}

/**
 * The size of a string in a UTF-8 page: what gzip and the network see, not
 * JavaScript's length. Measured without encoding (a build measures every
 * answer several times), by V8 rather than a loop of ours: a lone surrogate
 * counts the three bytes of the U+FFFD that UTF-8 writes for it.
 */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Markup around each item, measured on built pages: the details element, the summary, the link to the answer's page. */
const ANSWER_ITEM_MARKUP = 300;
const LINK_ITEM_MARKUP = 60;
/** A processed picture's `srcset` and sizes replace its short stand-in address in the answer. */
export const PICTURE_MARKUP = 600;

/**
 * Estimates of what one entry adds to a page, computed once per entry
 * however many lists show it.
 */
export function createEntrySizes(): { answer: (entry: EntryView) => number; link: (entry: EntryView) => number } {
  const answers = new Map<EntryView, number>();
  const links = new Map<EntryView, number>();
  return {
    answer(entry) {
      let size = answers.get(entry);
      if (size === undefined) {
        // The question shows in the summary and in the hidden label of the answer's link.
        size = utf8Bytes(entry.html) + 2 * utf8Bytes(entry.question) + entry.url.length + ANSWER_ITEM_MARKUP + entry.pictures.length * PICTURE_MARKUP;
        answers.set(entry, size);
      }
      return size;
    },
    link(entry) {
      let size = links.get(entry);
      if (size === undefined) {
        size = utf8Bytes(entry.question) + entry.url.length + LINK_ITEM_MARKUP;
        links.set(entry, size);
      }
      return size;
    },
  };
}

/**
 * The page numbers a pagination nav shows: the first, the last, and `reach`
 * either side of the current one, with a gap where numbers are left out, so
 * the nav stays short however many pages there are. A gap never hides a
 * single number: that number is shown instead.
 */
export function pageNumbersAround(current: number, count: number, reach = 2): (number | 'gap')[] {
  const shown = new Set([1, count]);
  for (let page = current - reach; page <= current + reach; page++) if (page >= 1 && page <= count) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const page of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && page - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) result.push('gap');
    result.push(page);
  }
  return result;
}
