/**
 * Compact text encodings for the exported index. FlexSearch's own export is
 * JSON arrays of every document number; sorted lists written as gaps in a
 * variable-length base-32 code are about a third of that once gzipped, and
 * decode straight back into FlexSearch's format.
 *
 * A number is written most significant digit first: every digit but the last
 * is a "more follows" character, the last a final one. All characters are
 * safe inside JSON strings without escaping.
 */

const FINAL = '0123456789abcdefghijklmnopqrstuv';
const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_';
const VALUE = new Map<string, { value: number; last: boolean }>([
  ...[...FINAL].map((char, value) => [char, { value, last: true }] as const),
  ...[...MORE].map((char, value) => [char, { value, last: false }] as const),
]);

/** Separates the scoring slots of one term's postings. */
const SLOT_SEPARATOR = '|';

export function encodeNumbers(numbers: readonly number[]): string {
  let out = '';
  for (const number of numbers) {
    if (!Number.isInteger(number) || number < 0) throw new RangeError(`cannot encode ${number}: only non-negative integers`);
    let digits = FINAL.charAt(number % 32);
    for (let rest = Math.floor(number / 32); rest > 0; rest = Math.floor(rest / 32)) digits = MORE.charAt(rest % 32) + digits;
    out += digits;
  }
  return out;
}

export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let current = 0;
  for (const char of text) {
    const digit = VALUE.get(char);
    if (!digit) throw new SyntaxError(`unexpected character "${char}" in encoded numbers`);
    current = current * 32 + digit.value;
    if (digit.last) {
      numbers.push(current);
      current = 0;
    }
  }
  return numbers;
}

/** Ascending document numbers as gaps: `[3, 4, 9]` → `3, 0, 4`. */
export function encodePostings(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b);
  return encodeNumbers(sorted.map((id, i) => (i === 0 ? id : id - (sorted[i - 1] ?? 0) - 1)));
}

export function decodePostings(text: string): number[] {
  const ids: number[] = [];
  let previous = -1;
  for (const gap of decodeNumbers(text)) {
    previous += gap + 1;
    ids.push(previous);
  }
  return ids;
}

/** FlexSearch's postings of one term: document numbers per scoring slot, holes for empty slots. */
export type SlotPostings = (readonly number[] | null | undefined)[];

export function encodeSlots(slots: SlotPostings): string {
  const parts = Array.from({ length: slots.length }, (_, i) => {
    const ids = slots[i];
    return ids && ids.length ? encodePostings(ids) : '';
  });
  while (parts.length && !parts[parts.length - 1]) parts.pop();
  return parts.join(SLOT_SEPARATOR);
}

export function decodeSlots(text: string): (number[] | null)[] {
  if (!text) return [];
  return text.split(SLOT_SEPARATOR).map((part) => (part ? decodePostings(part) : null));
}

/**
 * Counts to within a few percent, which is all ranking needs of a field's
 * length in terms or of how many documents hold a word: a logarithmic bucket,
 * `steps` of them each time the count doubles, takes one character up to
 * about 200 at four steps, two up to about 10^77.
 */
export function encodeCounts(counts: readonly number[], steps = 4): string {
  return encodeNumbers(counts.map((count) => Math.round(Math.log2(1 + count) * steps)));
}

export function decodeCounts(text: string, steps = 4): number[] {
  return decodeNumbers(text).map((bucket) => Math.round(2 ** (bucket / steps) - 1));
}

/**
 * Marks where each word of a sorted list starts, and how many characters it
 * shares with the word before: `SHARED[n]` for `n` (at most 30). The index's
 * words are letters, digits and marks (`tokenize.ts`), so none of these
 * punctuation characters is ever inside one; none needs escaping in JSON.
 */
const SHARED = ' !#$%&()*+,-./:;<=>?@[]^_`{|}~';
const SHARED_LENGTH = new Map([...SHARED].map((char, length) => [char, length]));

/**
 * A sorted word list written front-coded: each word as the length of what
 * it shares with the word before, then the rest (`route router routing` →
 * ` route&r%ing`). Neighbours in a sorted vocabulary share their starts, so
 * this is about a third smaller than a JSON array once gzipped.
 */
export function encodeSortedWords(words: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const word of words) {
    if (!word) throw new RangeError('cannot encode an empty word');
    const marker = [...word].find((char) => SHARED_LENGTH.has(char));
    if (marker !== undefined) throw new RangeError(`cannot encode the word ${JSON.stringify(word)}: it holds ${JSON.stringify(marker)}, which marks where words start`);
    let shared = 0;
    while (shared < SHARED.length - 1 && shared < previous.length && previous[shared] === word[shared]) shared++;
    out += SHARED.charAt(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function decodeSortedWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (const char of text) {
    const shared = SHARED_LENGTH.get(char);
    if (shared !== undefined) {
      if (word !== undefined) words.push(word);
      word = (words[words.length - 1] ?? '').slice(0, shared);
    } else if (word === undefined) {
      throw new SyntaxError(`unexpected character "${char}" before the first word's start`);
    } else {
      word += char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}
