/**
 * The running totals of one insights run. Every event is added once and then
 * forgotten: what is kept grows with the number of distinct questions and
 * entries, never with the number of events, and distinct questions are capped
 * (the rarest are dropped first) so an export of any size fits in memory.
 */

import { MEMBERS_ONLY_ENTRY, type ReaderEvent } from '../events/reader-events.ts';
import type { QueryTerms } from './query-terms.ts';

/** Distinct question keys kept per table before the rarest are dropped. */
export const MAX_QUESTION_KEYS = 20_000;
const MAX_EXAMPLES = 6;
const MAX_COMMENTS = 8;
const MAX_OPENED_PER_KEY = 6;

/** Readers' questions that came down to the same terms. */
export interface QuestionTally {
  terms: readonly string[];
  count: number;
  byLang: Record<string, number>;
  /** A few of the texts as typed (already redacted), with how often each was typed. */
  examples: Map<string, number>;
  /** No-result searches among `count`. */
  searches: number;
  /** Questions sent on through the ask page among `count`. */
  asks: number;
  /** Searches with results where the reader opened nothing. */
  notOpened: number;
  /** Which entries readers opened for these words, with the sum of the ranks they were at. */
  opened: Map<string, { count: number; rankSum: number }>;
  topics: Map<string, number>;
}

export interface EntryTally {
  lang: string;
  id: string;
  searchOpens: number;
  rankSum: number;
  askOpens: number;
  answered: number;
  yes: number;
  no: number;
  comments: string[];
}

export interface DeflectionTally {
  /** Ask pages where answers were suggested. */
  suggested: number;
  /** "This answers my question": ended without contact. */
  answered: number;
  /** Sent on to a person. */
  asked: number;
}

export interface Tally {
  events: number;
  byType: Record<string, number>;
  byLang: Record<string, number>;
  first?: string;
  last?: string;
  /** No-result searches and questions asked anyway, by their terms. */
  missing: Map<string, QuestionTally>;
  /** Searches that had results, by their terms. */
  found: Map<string, QuestionTally>;
  entries: Map<string, EntryTally>;
  deflectionByTopic: Map<string, DeflectionTally>;
  deflectionByWeek: Map<string, DeflectionTally>;
  /** How many rare question keys were dropped to keep memory bounded. */
  droppedKeys: number;
}

export interface TallyOptions {
  queryTerms: QueryTerms;
  /** The topic an entry belongs to (its top-level category), for deflection per topic. */
  topicOf(lang: string, id: string): string | undefined;
}

export function createTally(): Tally {
  return {
    events: 0,
    byType: {},
    byLang: {},
    missing: new Map(),
    found: new Map(),
    entries: new Map(),
    deflectionByTopic: new Map(),
    deflectionByWeek: new Map(),
    droppedKeys: 0,
  };
}

export function entryKey(lang: string, id: string): string {
  return `${lang}:${id}`;
}

export function addEvent(tally: Tally, event: ReaderEvent, options: TallyOptions): void {
  tally.events++;
  tally.byType[event.type] = (tally.byType[event.type] ?? 0) + 1;
  tally.byLang[event.lang] = (tally.byLang[event.lang] ?? 0) + 1;
  if (!tally.first || event.at < tally.first) tally.first = event.at;
  if (!tally.last || event.at > tally.last) tally.last = event.at;
  const entry = (id: string) => entryTally(tally, event.lang, id);
  switch (event.type) {
    case 'search': {
      if (event.results === 0) {
        question(tally, tally.missing, event.query, event.lang, options).searches++;
        return;
      }
      const found = question(tally, tally.found, event.query, event.lang, options);
      if (event.opened === null) found.notOpened++;
      else {
        if (event.opened !== MEMBERS_ONLY_ENTRY) {
          const opened = found.opened.get(event.opened) ?? { count: 0, rankSum: 0 };
          if (opened.count || found.opened.size < MAX_OPENED_PER_KEY) found.opened.set(event.opened, { count: opened.count + 1, rankSum: opened.rankSum + (event.rank ?? 0) });
        }
        const tallied = entry(event.opened);
        tallied.searchOpens++;
        tallied.rankSum += event.rank ?? 0;
      }
      return;
    }
    case 'helpful': {
      const tallied = entry(event.entry);
      if (event.helpful) tallied.yes++;
      else tallied.no++;
      if (event.comment && tallied.comments.length < MAX_COMMENTS) tallied.comments.push(event.comment);
      return;
    }
    case 'ask-suggested':
      for (const id of new Set(event.opened)) entry(id).askOpens++;
      countDeflection(tally, event.at, undefined, 'suggested');
      return;
    case 'answered':
      entry(event.entry).answered++;
      countDeflection(tally, event.at, options.topicOf(event.lang, event.entry), 'answered');
      return;
    case 'asked': {
      const asked = question(tally, tally.missing, event.question, event.lang, options);
      asked.asks++;
      if (event.topic) asked.topics.set(event.topic, (asked.topics.get(event.topic) ?? 0) + 1);
      countDeflection(tally, event.at, event.topic ? event.topic.split('/')[0] : undefined, 'asked');
      return;
    }
  }
}

function question(tally: Tally, table: Map<string, QuestionTally>, text: string, lang: string, options: TallyOptions): QuestionTally {
  const { terms, key } = options.queryTerms(text, lang);
  let found = table.get(key);
  if (!found) {
    if (table.size >= MAX_QUESTION_KEYS) tally.droppedKeys += dropRarest(table);
    found = { terms, count: 0, byLang: {}, examples: new Map(), searches: 0, asks: 0, notOpened: 0, opened: new Map(), topics: new Map() };
    table.set(key, found);
  }
  found.count++;
  found.byLang[lang] = (found.byLang[lang] ?? 0) + 1;
  const seen = found.examples.get(text);
  if (seen !== undefined || found.examples.size < MAX_EXAMPLES) found.examples.set(text, (seen ?? 0) + 1);
  return found;
}

/** Drops the keys seen least often, at least a quarter of the table, and says how many went. */
function dropRarest(table: Map<string, QuestionTally>): number {
  const counts = [...table.values()].map((item) => item.count).sort((a, b) => a - b);
  const threshold = counts[Math.floor(counts.length / 4)]!;
  let dropped = 0;
  for (const [key, item] of table) {
    if (item.count <= threshold) {
      table.delete(key);
      dropped++;
    }
  }
  return dropped;
}

function entryTally(tally: Tally, lang: string, id: string): EntryTally {
  const key = entryKey(lang, id);
  let found = tally.entries.get(key);
  if (!found) tally.entries.set(key, (found = { lang, id, searchOpens: 0, rankSum: 0, askOpens: 0, answered: 0, yes: 0, no: 0, comments: [] }));
  return found;
}

const weekCache = new Map<string, string>();

/** The Monday (UTC) that starts the week of a time, as `2026-11-30`. */
export function weekOf(at: string): string {
  const day = at.slice(0, 10);
  let week = weekCache.get(day);
  if (!week) {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    week = date.toISOString().slice(0, 10);
    if (weekCache.size > 5000) weekCache.clear();
    weekCache.set(day, week);
  }
  return week;
}

function countDeflection(tally: Tally, at: string, topic: string | undefined, field: keyof DeflectionTally): void {
  for (const [table, key] of [[tally.deflectionByTopic, topic ?? '(no topic)'], [tally.deflectionByWeek, weekOf(at)]] as const) {
    let found = table.get(key);
    if (!found) table.set(key, (found = { suggested: 0, answered: 0, asked: 0 }));
    found[field]++;
  }
}
