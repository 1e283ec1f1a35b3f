import { decodeCounts, decodeSortedWords } from './codec.ts';
import { stemWord } from './stem.ts';
import { editDistance, withinOneEdit } from '../edit-distance.ts';
import type { VocabFile } from './index-format.ts';

interface VocabularyEntry {
  /** The most common spelling in the index (`receive`). */
  word: string;
  /** What the index stores for it (`receiv`). */
  term: string;
  documentFrequency: number;
}

/**
 * The spaced-script words of one index: what lets `ret` find `return`,
 * `recieve` find `receive`, and a query with no hits be respelled.
 */
export class Vocabulary {
  /** Sorted by word, for prefix lookups. */
  private readonly entries: VocabularyEntry[];
  private readonly byTerm = new Map<string, VocabularyEntry>();
  private readonly byLength = new Map<number, VocabularyEntry[]>();

  constructor(file: VocabFile) {
    const frequencies = decodeCounts(file.documentFrequency);
    this.entries = decodeSortedWords(file.words).map((word, i) => ({ word, term: stemWord(word), documentFrequency: frequencies[i] ?? 0 }));
    for (const entry of this.entries) {
      this.byTerm.set(entry.term, entry);
      for (const key of new Set([entry.term.length, entry.word.length])) {
        const list = this.byLength.get(key) ?? [];
        list.push(entry);
        this.byLength.set(key, list);
      }
    }
  }

  has(term: string): boolean {
    return this.byTerm.has(term);
  }

  get(term: string): VocabularyEntry | undefined {
    return this.byTerm.get(term);
  }

  /**
   * Words starting with `prefix` (as typed, and as stemmed unless `asTyped`),
   * most frequent first.
   */
  withPrefix(prefix: string, limit: number, asTyped = false): VocabularyEntry[] {
    const found = new Map<string, VocabularyEntry>();
    for (const start of new Set([prefix, asTyped ? prefix : stemWord(prefix)])) {
      for (let i = this.lowerBound(start); i < this.entries.length; i++) {
        const entry = this.entries[i];
        if (!entry || !entry.word.startsWith(start)) break;
        found.set(entry.term, entry);
      }
    }
    return [...found.values()].sort((a, b) => b.documentFrequency - a.documentFrequency).slice(0, limit);
  }

  /**
   * Words that start with something one edit away from `prefix`: a typo in a
   * word still being typed (`recie` → `receive`). Most frequent first.
   */
  withNearPrefix(prefix: string, limit: number): VocabularyEntry[] {
    const found: VocabularyEntry[] = [];
    for (const entry of this.entries) {
      const word = entry.word;
      if (word.length < prefix.length - 1 || word.startsWith(prefix)) continue;
      for (let length = prefix.length - 1; length <= prefix.length + 1; length++) {
        if (length <= word.length && withinOneEdit(prefix, word.slice(0, length))) {
          found.push(entry);
          break;
        }
      }
    }
    return found.sort((a, b) => b.documentFrequency - a.documentFrequency).slice(0, limit);
  }

  /**
   * Words within `maxDistance` edits of the typed word or of its stem
   * (a swap of two neighbouring letters is one edit), closest then most frequent first.
   */
  near(word: string, term: string, maxDistance: number, limit: number): (VocabularyEntry & { distance: number })[] {
    const found = new Map<string, VocabularyEntry & { distance: number }>();
    for (const typed of new Set([word, term])) {
      for (let length = typed.length - maxDistance; length <= typed.length + maxDistance; length++) {
        for (const entry of this.byLength.get(length) ?? []) {
          const distance = Math.min(distanceUpTo(typed, entry.word, maxDistance), distanceUpTo(typed, entry.term, maxDistance));
          const previous = found.get(entry.term);
          if (distance <= maxDistance && (!previous || distance < previous.distance)) found.set(entry.term, { ...entry, distance });
        }
      }
    }
    return [...found.values()]
      .sort((a, b) => a.distance - b.distance || b.documentFrequency - a.documentFrequency)
      .slice(0, limit);
  }

  /**
   * Words that hold `fragment` inside them, most frequent first: in text
   * whose spaces were lost, `omron` is inside `welcometoomronhongkong`.
   */
  containing(fragment: string, limit: number): VocabularyEntry[] {
    const found: VocabularyEntry[] = [];
    for (const entry of this.entries) if (entry.word !== fragment && entry.word.includes(fragment)) found.push(entry);
    return found.sort((a, b) => b.documentFrequency - a.documentFrequency).slice(0, limit);
  }

  /**
   * The fewest known words that, written together, make `word`
   * (`unsaturatedresin` → `unsaturated` `resin`), or undefined. Pieces are
   * at least `minPiece` letters, so a word is not explained away by a string
   * of short ones.
   */
  split(word: string, minPiece: number): VocabularyEntry[] | undefined {
    // best[i]: the fewest pieces that make the first i letters.
    const best: (VocabularyEntry[] | undefined)[] = [[]];
    for (let end = minPiece; end <= word.length; end++) {
      for (let start = 0; start <= end - minPiece; start++) {
        const before = best[start];
        if (!before) continue;
        const piece = word.slice(start, end);
        const entry = this.byWord(piece) ?? this.byTerm.get(stemWord(piece));
        const current = best[end];
        if (entry && (!current || before.length + 1 < current.length)) best[end] = [...before, entry];
      }
    }
    const pieces = best[word.length];
    return pieces && pieces.length > 1 ? pieces : undefined;
  }

  /**
   * Known words inside `word`, longest first and not overlapping, each at
   * least `minLength` letters: `thinkinamericanenglish` holds `american` and
   * `english` even when no split explains all of it.
   */
  piecesOf(word: string, minLength: number): VocabularyEntry[] {
    const taken = new Array<boolean>(word.length).fill(false);
    const pieces: VocabularyEntry[] = [];
    for (let length = word.length - 1; length >= minLength; length--) {
      for (let start = 0; start + length <= word.length; start++) {
        if (taken.slice(start, start + length).includes(true)) continue;
        const entry = this.byWord(word.slice(start, start + length));
        if (!entry) continue;
        pieces.push(entry);
        taken.fill(true, start, start + length);
      }
    }
    return pieces;
  }

  /**
   * Words that share the longest run of letters with `word`, at least
   * `minShared` of them, most frequent first: `electricscooter` and
   * `getscooters` share `scooter`. For a word nothing else explains.
   */
  sharingLongest(word: string, minShared: number, limit: number): { entry: VocabularyEntry; shared: number }[] {
    if (word.length < minShared) return [];
    const pieces = new Set<string>();
    for (let start = 0; start + minShared <= word.length; start++) pieces.add(word.slice(start, start + minShared));
    let longest = 0;
    let found: VocabularyEntry[] = [];
    for (const entry of this.entries) {
      if (entry.word.length < minShared || !hasPiece(entry.word, pieces, minShared)) continue;
      const shared = longestCommonRun(word, entry.word);
      if (shared > longest) [longest, found] = [shared, [entry]];
      else if (shared === longest) found.push(entry);
    }
    return found
      .sort((a, b) => b.documentFrequency - a.documentFrequency)
      .slice(0, limit)
      .map((entry) => ({ entry, shared: longest }));
  }

  private byWord(word: string): VocabularyEntry | undefined {
    const entry = this.entries[this.lowerBound(word)];
    return entry?.word === word ? entry : undefined;
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.entries[middle]?.word ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function hasPiece(word: string, pieces: ReadonlySet<string>, length: number): boolean {
  for (let start = 0; start + length <= word.length; start++) if (pieces.has(word.slice(start, start + length))) return true;
  return false;
}

/** The length of the longest run of letters found in both. */
function longestCommonRun(a: string, b: string): number {
  let longest = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = (previous[j - 1] ?? 0) + 1;
      longest = Math.max(longest, current[j] ?? 0);
    }
    previous = current;
  }
  return longest;
}

function distanceUpTo(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  return limit === 1 ? (withinOneEdit(a, b) ? 1 : 2) : editDistance(a, b, limit);
}
