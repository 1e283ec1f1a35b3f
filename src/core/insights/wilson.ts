/**
 * The Wilson score interval of a proportion: where the true helpful rate
 * probably lies given the votes so far. Two "no" votes out of two say little;
 * forty out of fifty say a lot, and the interval shows the difference.
 */

/** z for a two-sided 95% interval. */
const Z_95 = 1.959964;

export function wilsonInterval(successes: number, total: number, z = Z_95): { low: number; high: number } {
  if (total === 0) return { low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const margin = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { low: Math.max(0, centre - margin), high: Math.min(1, centre + margin) };
}
