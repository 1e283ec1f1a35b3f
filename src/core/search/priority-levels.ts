/**
 * How an index carries each document's priority, which search needs only to
 * order equal matches ("most asked first").
 *
 * A site whose editors set priorities by hand uses a handful of values, and
 * the index keeps them exactly. A site that holds many (an import's vote
 * sums: `docs/moving-in.md`) would make every first search download a number
 * per entry that hardly compresses (6 kB of the 41 kB a first search read on
 * the generated 10,000-entry corpus, whose every entry has one). Its index
 * keeps each priority to its leading bits instead, a level that grows by two
 * steps each time the priority doubles (4, 6, 8, 12, 16, 24 … 64, 96, 128),
 * so 100 still comes before 90 and 90 before 40, while 70 and 90 tie (two
 * priorities tie only when less than a third apart). Four steps, which
 * parted priorities a quarter apart, cost that first search 0.7 kB more and
 * ordered no result differently on the generated corpus or the development
 * sets. The levels are read back as the lowest priority they hold, so
 * indexes kept either way (public and members-only) still order their
 * matches together.
 */

/** Bits kept after a priority's leading one. */
export const PRIORITY_STEP_BITS = 1;

/** The most distinct priorities an index keeps exactly: so few values repeat enough to compress to little. */
export const EXACT_PRIORITIES = 32;

const EXACT_BELOW = 2 ** (PRIORITY_STEP_BITS + 1);
const STEPS = 2 ** PRIORITY_STEP_BITS;

/** The level of a priority; levels rise with priorities and equal them below 4. */
export function priorityLevel(priority: number): number {
  if (priority < EXACT_BELOW) return priority;
  // Counted rather than taken from Math.log2, which may round a priority just under a power of two up to it.
  let shift = 1;
  while (priority >= EXACT_BELOW * 2 ** shift) shift++;
  return EXACT_BELOW + (shift - 1) * STEPS + (Math.floor(priority / 2 ** shift) - STEPS);
}

/** The lowest priority of a level. */
export function levelPriority(level: number): number {
  if (level < EXACT_BELOW) return level;
  const above = level - EXACT_BELOW;
  return (STEPS + (above % STEPS)) * 2 ** (Math.floor(above / STEPS) + 1);
}

/** Whether an index of documents with these priorities keeps them as levels rather than exactly. */
export function keepsLevels(priorities: readonly number[]): boolean {
  return new Set(priorities).size > EXACT_PRIORITIES;
}
