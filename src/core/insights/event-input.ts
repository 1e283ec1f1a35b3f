/**
 * One event as read back from an export: checked field by field against the
 * contract in `core/events/reader-events.ts`, its free text redacted again
 * (an export may hold events from an older page, or typed by hand), and its
 * entry ids checked against the site as it is now.
 */

import { MEMBERS_ONLY_ENTRY, READER_EVENT_TYPES, type ReaderEvent, type ReaderEventType } from '../events/reader-events.ts';
import { redactText } from '../events/redact.ts';

export type CheckedEvent = { ok: true; event: ReaderEvent } | { ok: false; problem: string };

/** What the checks need to know about the site: its languages and which ids are entries (aliases lead to the current id). */
export interface EventChecks {
  languages: readonly string[];
  /** The current id of an entry id or alias in a language, or undefined when there is none. */
  currentId(lang: string, id: string): string | undefined;
}

/** `2026-11-30T10:15Z`, and for exports that kept seconds or a full ISO date, those too. */
/** What the browser sends, checked without building a date: most of a large export. */
const CANONICAL_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\dZ$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

const LEGACY_NO_RESULTS = 'no-results';

export function checkEvent(value: unknown, checks: EventChecks): CheckedEvent {
  if (!isRecord(value)) return fail('not an event object');
  let raw = value;
  // What pages sent before these events existed: a search that found nothing, dated to the day.
  if (raw.type === LEGACY_NO_RESULTS) raw = { ...raw, type: 'search', results: 0, opened: null, rank: null };
  const type = raw.type;
  if (typeof type !== 'string') return fail('no "type"');
  if (!(READER_EVENT_TYPES as readonly string[]).includes(type)) return fail(`unknown type "${type}" (expected one of ${READER_EVENT_TYPES.join(', ')})`);
  const missing: string[] = [];
  const text = (name: string, optional = false): string | undefined => {
    const value = raw[name];
    if (typeof value === 'string') return value;
    if (!optional || (value !== undefined && value !== null)) missing.push(name);
    return undefined;
  };
  const at = text('at');
  const lang = text('lang');
  const page = text('page');
  if (missing.length) return fail(`missing ${fieldList(missing)}`);
  if (!CANONICAL_TIME.test(at!) && (!TIMESTAMP.test(at!) || Number.isNaN(Date.parse(at!)))) return fail(`"at" is not a UTC time like 2026-11-30T10:15Z: ${JSON.stringify(at!.slice(0, 40))}`);
  if (!checks.languages.includes(lang!)) return fail(`the site has no language "${lang!.slice(0, 20)}"`);
  const base = { at: normalizeTime(at!), lang: lang!, page: page! };
  const entry = (id: string): string | undefined => (id === MEMBERS_ONLY_ENTRY ? id : checks.currentId(lang!, id));
  const unknownEntry = (id: string) => fail(`entry "${id.slice(0, 80)}" does not exist in ${lang} (removed or renamed without an alias)`);

  switch (type as ReaderEventType) {
    case 'search': {
      const query = text('query');
      const results = raw.results;
      if (typeof results !== 'number' || !Number.isInteger(results) || results < 0) missing.push('results');
      const opened = raw.opened ?? null;
      const rank = raw.rank ?? null;
      if (opened !== null && typeof opened !== 'string') missing.push('opened');
      if (rank !== null && (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 1)) missing.push('rank');
      if (missing.length) return fail(`missing or wrong ${fieldList(missing)}`);
      const openedId = opened === null ? null : entry(opened as string);
      if (openedId === undefined) return unknownEntry(opened as string);
      return { ok: true, event: { ...base, type: 'search', query: redacted(query!), results: results as number, opened: openedId, rank: openedId === null ? null : (rank as number | null) } };
    }
    case 'helpful': {
      const id = text('entry');
      const helpful = raw.helpful;
      if (typeof helpful !== 'boolean') missing.push('helpful');
      const comment = text('comment', true);
      if (missing.length) return fail(`missing or wrong ${fieldList(missing)}`);
      const current = entry(id!);
      if (current === undefined) return unknownEntry(id!);
      const event: ReaderEvent = { ...base, type: 'helpful', entry: current, helpful: helpful as boolean };
      if (comment?.trim()) event.comment = redacted(comment);
      return { ok: true, event };
    }
    case 'ask-suggested': {
      const question = text('question');
      const shown = idList(raw.shown);
      const opened = idList(raw.opened);
      if (!shown) missing.push('shown');
      if (!opened) missing.push('opened');
      if (missing.length) return fail(`missing or wrong ${fieldList(missing)}`);
      const unknown = [...shown!, ...opened!].find((id) => entry(id) === undefined);
      if (unknown !== undefined) return unknownEntry(unknown);
      return { ok: true, event: { ...base, type: 'ask-suggested', question: redacted(question!), shown: shown!.map((id) => entry(id)!), opened: opened!.map((id) => entry(id)!) } };
    }
    case 'answered': {
      const id = text('entry');
      const question = text('question');
      if (missing.length) return fail(`missing or wrong ${fieldList(missing)}`);
      const current = entry(id!);
      if (current === undefined) return unknownEntry(id!);
      return { ok: true, event: { ...base, type: 'answered', entry: current, question: redacted(question!) } };
    }
    case 'asked': {
      const question = text('question');
      const topic = text('topic', true) ?? null;
      const product = text('product', true) ?? null;
      if (missing.length) return fail(`missing or wrong ${fieldList(missing)}`);
      return { ok: true, event: { ...base, type: 'asked', question: redacted(question!), topic, product } };
    }
  }
}

/** Events of one JSONL line: a single event, or a batch `{"version":1,"events":[…]}` as the browser POSTs it. */
export function eventsOfJson(value: unknown): { events: unknown[] } | { problem: string } {
  if (isRecord(value) && Array.isArray(value.events)) {
    if (value.version !== 1) return { problem: `a batch of version ${JSON.stringify(value.version)} (this command reads version 1)` };
    return { events: value.events };
  }
  return { events: [value] };
}

/** Minutes are what the browser sends; anything finer is dropped so equal moments compare equal. */
function normalizeTime(at: string): string {
  if (CANONICAL_TIME.test(at)) return at;
  if (at.length === 10) return `${at}T00:00Z`;
  return `${new Date(at).toISOString().slice(0, 16)}Z`;
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const REDACTED_CACHE_LIMIT = 20_000;
const redactedTexts = new Map<string, string>();

/** Exports repeat the same questions many times: each distinct text is redacted (and its spaces tidied) once. */
function redacted(text: string): string {
  let result = redactedTexts.get(text);
  if (result === undefined) {
    // Control characters go too: a terminal would obey them when the summary prints the text.
    result = redactText(text).replace(CONTROL_CHARACTERS, ' ').trim().replace(/\s+/g, ' ');
    if (redactedTexts.size >= REDACTED_CACHE_LIMIT) redactedTexts.clear();
    redactedTexts.set(text, result);
  }
  return result;
}

function idList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;
}

function fieldList(names: string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function fail(problem: string): CheckedEvent {
  return { ok: false, problem };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
