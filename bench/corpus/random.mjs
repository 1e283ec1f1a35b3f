/**
 * Seeded randomness for the benchmark corpus. Every draw comes from a stream
 * named by the seed and a label (an entry's index, a query's number), so one
 * entry's text never depends on how many entries come after it.
 */

/** A 32-bit hash of the labels (Murmur3's finalizer over a running sum), stable across Node versions. */
export function seedOf(...labels) {
  let h = 0x9e3779b9;
  for (const label of labels) {
    const text = String(label);
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b);
      h ^= h >>> 13;
    }
    h = Math.imul(h ^ 0x2f, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** SplitMix32: small, fast and good enough to pick words. */
export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability) {
    return this.next() < probability;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** `count` different items, in the order they appear in `list`. */
  some(list, count) {
    const indexes = list.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
    }
    return indexes.slice(0, Math.min(count, list.length)).sort((a, b) => a - b).map((index) => list[index]);
  }
}
