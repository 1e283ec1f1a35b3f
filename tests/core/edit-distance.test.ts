import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../src/core/edit-distance.ts';

describe('how far apart two words are', () => {
  it('counts a swap of neighbours as one edit, like a substitution, an insertion or a deletion', () => {
    expect(editDistance('returns', 'retunrs')).toBe(1);
    expect(editDistance('refund', 'refnd')).toBe(1);
    expect(editDistance('refund', 'refunds')).toBe(1);
    expect(editDistance('refund', 'rafund')).toBe(1);
    expect(editDistance('shipping', 'shiping')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('gives up past a limit, reporting one more than the limit', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('refund', 'refnd', 2)).toBe(1);
  });

  it('tells a one-edit typo in one pass', () => {
    expect(['keywrods', 'keyword', 'keywordss', 'kexwords'].map((typo) => withinOneEdit('keywords', typo))).toEqual([true, true, true, true]);
    expect(['kewyrods', 'words', 'category'].map((other) => withinOneEdit('keywords', other))).toEqual([false, false, false]);
  });
});
