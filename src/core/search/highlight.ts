import { tokenize } from './tokenize.ts';
import type { HighlightedText, HighlightRange } from './types.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Escapes everything, then wraps each range in `<mark>`: the only markup that comes out. */
function markRanges(text: string, ranges: readonly HighlightRange[]): string {
  let html = '';
  let at = 0;
  for (const [start, end] of ranges) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** Where the given terms occur in the text; overlapping CJK bigrams merge into one range. */
function findRanges(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const token of tokenize(text, { unigrams: true })) {
    if (!terms.has(token.term)) continue;
    const last = ranges[ranges.length - 1];
    if (last && token.start <= last[1]) last[1] = Math.max(last[1], token.end);
    else ranges.push([token.start, token.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

export function highlight(text: string, terms: ReadonlySet<string>): HighlightedText {
  const ranges = findRanges(text, terms);
  return { text, ranges, html: markRanges(text, ranges) };
}

/**
 * A passage of at most `maxChars` around the densest run of matches (the
 * start of the text when nothing matches), cut between words, with `…`
 * where it was cut.
 */
export function snippet(source: string, terms: ReadonlySet<string>, maxChars = 160): HighlightedText {
  const all = findRanges(source, terms);
  if (source.length <= maxChars) return { text: source, ranges: all, html: markRanges(source, all) };

  let bestStart = 0;
  let bestCount = -1;
  for (const [start] of all.length ? all : [[0, 0] as HighlightRange]) {
    const windowStart = Math.max(0, start - Math.floor(maxChars / 5));
    const count = all.filter(([from, to]) => from >= windowStart && to <= windowStart + maxChars).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = windowStart;
    }
  }
  let start = bestStart;
  let end = Math.min(source.length, start + maxChars);
  if (end === source.length) start = Math.max(0, end - maxChars);
  // Move the edges to spaces when there are some close by; unspaced text is cut anywhere.
  if (start > 0) {
    const space = source.indexOf(' ', start);
    if (space !== -1 && space - start < 20) start = space + 1;
  }
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start && end - space < 20) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < source.length && !source.slice(start, end).endsWith('…') ? '…' : '';
  const text = prefix + source.slice(start, end) + suffix;
  const ranges = all
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): HighlightRange => [from - start + prefix.length, to - start + prefix.length]);
  return { text, ranges, html: markRanges(text, ranges) };
}
