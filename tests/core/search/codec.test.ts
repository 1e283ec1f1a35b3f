import { describe, expect, it } from 'vitest';
import {
  decodeCounts, decodeNumbers, decodePostings, decodeSlots, decodeSortedWords,
  encodeCounts, encodeNumbers, encodePostings, encodeSlots, encodeSortedWords,
} from '../../../src/core/search/codec.ts';

describe('index encodings', () => {
  it('round-trip numbers of any size', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 123_456_789];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    expect(encodeNumbers([0, 31, 32])).toBe('0vB0');
  });

  it('write sorted document numbers as gaps', () => {
    expect(decodePostings(encodePostings([9, 3, 4]))).toEqual([3, 4, 9]);
    expect(encodePostings([3, 4, 9])).toBe('304');
  });

  it('keep FlexSearch’s scoring slots, empty ones included', () => {
    expect(decodeSlots(encodeSlots([[1, 2], null, [7]]))).toEqual([[1, 2], null, [7]]);
    expect(encodeSlots([[5], undefined, null])).toBe('5');
  });

  it('keep counts (field lengths, word frequencies) to within a few percent', () => {
    const lengths = [0, 1, 7, 50, 333, 4000];
    decodeCounts(encodeCounts(lengths)).forEach((length, i) => {
      expect(Math.abs(length - (lengths[i] ?? 0))).toBeLessThanOrEqual(Math.max(1, (lengths[i] ?? 0) * 0.1));
    });
  });

  it('keep counts more coarsely with fewer steps per doubling, in fewer distinct characters', () => {
    const lengths = Array.from({ length: 64 }, (_, i) => i + 1);
    decodeCounts(encodeCounts(lengths, 2), 2).forEach((length, i) => {
      expect(Math.abs(length - (lengths[i] ?? 0))).toBeLessThanOrEqual(Math.max(1, (lengths[i] ?? 0) * 0.2));
    });
    expect(new Set(encodeCounts(lengths, 2)).size).toBeLessThan(new Set(encodeCounts(lengths)).size);
  });

  it('write a sorted vocabulary by what each word shares with the word before', () => {
    expect(encodeSortedWords(['route', 'router', 'routing'])).toBe(' route&r%ing');
    const words = ['0', '10', '100', 'café', 'cafés', 'résumé', 'résumés', 'zürich', 'пароль', 'паролі', 'x'.repeat(40), 'x'.repeat(41)];
    expect(decodeSortedWords(encodeSortedWords(words))).toEqual(words);
    expect(decodeSortedWords(encodeSortedWords([]))).toEqual([]);
  });

  it('write a sorted vocabulary smaller than a list of its words', () => {
    const words = Array.from({ length: 500 }, (_, i) => `setting${i}`).sort();
    expect(encodeSortedWords(words).length).toBeLessThan(JSON.stringify(words).length / 2);
  });

  it('refuse what they did not write', () => {
    expect(() => encodeNumbers([-1])).toThrow(RangeError);
    expect(() => decodeNumbers('0"')).toThrow(SyntaxError);
    expect(() => encodeSortedWords(['wi-fi'])).toThrow(/wi-fi/);
    expect(() => encodeSortedWords([''])).toThrow(RangeError);
    expect(() => decodeSortedWords('route')).toThrow(SyntaxError);
  });
});
