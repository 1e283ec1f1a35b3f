/**
 * At most `limit` requests at once overall, and at most `perHost` at once on
 * any one host, each start on a host at least `hostGapMs` after the previous
 * one: a link check must not look like an attack on a company's own site.
 */
export function createRequestSlots({ limit, perHost, hostGapMs }: { limit: number; perHost: number; hostGapMs: number }) {
  const overall = new Slots(limit);
  const hosts = new Map<string, { slots: Slots; nextStart: number }>();
  return async function run<T>(host: string, request: () => Promise<T>): Promise<T> {
    let slot = hosts.get(host);
    if (!slot) hosts.set(host, (slot = { slots: new Slots(perHost), nextStart: 0 }));
    // The host's slot first: a request waiting for its host then holds none of the overall ones.
    await slot.slots.take();
    try {
      const start = Math.max(performance.now(), slot.nextStart);
      slot.nextStart = start + hostGapMs;
      const wait = start - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await overall.take();
      try {
        return await request();
      } finally {
        overall.give();
      }
    } finally {
      slot.slots.give();
    }
  };
}

/** A counting semaphore, first come first served. */
class Slots {
  private readonly waiting: (() => void)[] = [];
  private free: number;

  constructor(free: number) {
    this.free = free;
  }

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}
