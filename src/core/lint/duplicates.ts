import { HAN } from '../cjk.ts';
import type { Entry } from '../content/types.ts';

const SIMILAR = 0.8;
const NOT_HAN = new RegExp(`[^${HAN}]+`, 'gu');

/**
 * Pairs of questions in one language whose words (or, for Chinese, character
 * pairs) overlap so much that customers couldn't tell them apart. Candidates
 * are found through shared rare terms, so this stays fast at 10,000 entries.
 */
export function findLikelyDuplicates(entries: readonly Entry[]): [Entry, Entry][] {
  const terms = entries.map((entry) => questionTerms(entry.question));
  const postings = new Map<string, number[]>();
  terms.forEach((set, index) => {
    for (const term of set) postings.set(`${entries[index]!.lang}:${term}`, [...(postings.get(`${entries[index]!.lang}:${term}`) ?? []), index]);
  });
  const pairs: [Entry, Entry][] = [];
  const seen = new Set<string>();
  terms.forEach((set, index) => {
    const entry = entries[index]!;
    // Only the rarest few terms need checking: a near-duplicate shares nearly all of them.
    const rare = [...set].sort((a, b) => postings.get(`${entry.lang}:${a}`)!.length - postings.get(`${entry.lang}:${b}`)!.length).slice(0, 3);
    for (const term of rare) {
      for (const other of postings.get(`${entry.lang}:${term}`)!) {
        if (other <= index) continue;
        const key = `${index}:${other}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Questions about different products are different questions, however alike their wording.
        if (sameProducts(entry, entries[other]!) && jaccard(set, terms[other]!) >= SIMILAR) pairs.push([entries[other]!, entry]);
      }
    }
  });
  return pairs;
}

function questionTerms(question: string): Set<string> {
  const text = question.toLowerCase().normalize('NFKC');
  const words = text.match(/[a-z0-9]+/g) ?? [];
  const han = text.replace(NOT_HAN, ' ').split(' ').filter(Boolean);
  const bigrams = han.flatMap((run) => (run.length === 1 ? [run] : Array.from({ length: run.length - 1 }, (_, index) => run.slice(index, index + 2))));
  return new Set([...words, ...bigrams]);
}

function sameProducts(a: Entry, b: Entry): boolean {
  return a.products.length === b.products.length && a.products.every((id) => b.products.includes(id));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared || 1);
}
