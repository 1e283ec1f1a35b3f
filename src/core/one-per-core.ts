import os from 'node:os';
import pLimit, { type LimitFunction } from 'p-limit';

/**
 * Runs picture work (decoding, encoding) as many at a time as the machine has
 * cores: sharp works on its own threads, so more at once only queues there,
 * holding more pictures in memory.
 */
export function onePerCore(): LimitFunction {
  return pLimit(os.availableParallelism());
}
