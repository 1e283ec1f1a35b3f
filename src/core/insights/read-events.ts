/**
 * Every export named on the command line, read once, event by event, into
 * the tally: bad lines are counted and the first of them named by file and
 * line; events outside `--since` or `--lang` are counted and left out.
 */

import type { ReaderEvent } from '../events/reader-events.ts';
import { checkEvent, eventsOfJson } from './event-input.ts';
import { readLogFile } from './read-logs.ts';
import type { ReadSummary } from './report-text.ts';
import type { SiteContext } from './site-context.ts';
import { addEvent, createTally, type Tally } from './tally.ts';
import { createQueryTerms } from './query-terms.ts';

/** Bad lines named one by one; the rest are counted. */
const NAMED_BAD_LINES = 200;

export interface ReadOptions {
  /** Keep events at or after this time (`2026-11-01T00:00Z`). */
  since?: string;
  lang?: string;
}

export async function readEvents(files: readonly string[], site: SiteContext, options: ReadOptions = {}): Promise<{ tally: Tally; read: ReadSummary }> {
  const tally = createTally();
  const read: ReadSummary = { files: [...files], events: 0, filtered: 0, badLines: 0, named: [] };
  const tallyOptions = { queryTerms: createQueryTerms({ vocabularies: site.vocabularies, synonyms: site.synonyms, defaultLang: site.defaultLang }), topicOf: site.topicOf };
  const keep = (event: ReaderEvent) => (!options.since || event.at >= options.since) && (!options.lang || event.lang === options.lang);
  for (const file of files) {
    const bad = (problem: string, line: number) => {
      read.badLines++;
      if (read.named.length < NAMED_BAD_LINES) read.named.push({ file, line, problem });
    };
    // A file that cannot be read (no permission, a device) is named like a bad line and the run goes on.
    await readLogFile(file, {
      onBadLine: (problem, place) => bad(problem, place.line),
      onValue(value, place) {
        const batch = eventsOfJson(value);
        if ('problem' in batch) return bad(batch.problem, place.line);
        let problems: string[] | undefined;
        const { events } = batch;
        for (let i = 0; i < events.length; i++) {
          const checked = checkEvent(events[i], site);
          if (!checked.ok) {
            (problems ??= []).push(events.length > 1 ? `event ${i + 1}: ${checked.problem}` : checked.problem);
            continue;
          }
          read.events++;
          if (keep(checked.event)) addEvent(tally, checked.event, tallyOptions);
          else read.filtered++;
        }
        // One bad line however many of its events were wrong: the line is what an editor opens.
        if (problems) bad(problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : ''), place.line);
      },
    }).catch((error: NodeJS.ErrnoException) => bad(`cannot read the file (${error.code ?? error.message})`, 0));
  }
  return { tally, read };
}

/** `30d`, `12w` or a date (`2026-11-01`) as the earliest time to keep, or a message saying what is wrong. */
export function parseSince(value: string, now: Date): { since: string } | { problem: string } {
  const relative = /^(\d+)([dw])$/.exec(value.trim());
  if (relative) {
    const days = Number(relative[1]) * (relative[2] === 'w' ? 7 : 1);
    return { since: `${new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 16)}Z` };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return { since: `${value}T00:00Z` };
  return { problem: `--since "${value}" is not a period like 30d or 12w, or a date like 2026-11-01` };
}
