/**
 * From the running totals to the five sections of the report: missing
 * questions, found but not chosen, answers that don't help, most-asked
 * learned, deflection. Everything here reads the tally and the site model,
 * never the raw events and never content files.
 */

import { searchKeywordsOf } from '../search/search-documents.ts';
import { termsOf } from '../search/tokenize.ts';
import { STOPWORDS } from '../search/stem.ts';
import { findRuns, foldWord } from '../search/normalize.ts';
import { topicText } from './query-terms.ts';
import { groupQuestions, type QuestionGroup } from './group-questions.ts';
import type { SiteContext } from './site-context.ts';
import { type DeflectionTally, type EntryTally, type Tally } from './tally.ts';
import { wilsonInterval } from './wilson.ts';
import { charClass, HAN, LONG_VOWEL_MARK, UNSPACED } from '../cjk.ts';
import { likelyScript } from '../i18n/strings.ts';

export interface EntryRef {
  lang: string;
  id: string;
  question: string;
  url: string;
}

export interface MissingQuestion {
  count: number;
  searches: number;
  asks: number;
  byLang: Record<string, number>;
  examples: { text: string; count: number; lang: string }[];
  closest: EntryRef[];
  /** The `npm run new` command that starts the entry, its category and audience taken from the closest entry. */
  command: string;
}

export interface NotChosen {
  searches: number;
  notOpened: number;
  examples: { text: string; count: number; lang: string }[];
  /** What readers opened for these words, most opened first, with the average rank it was at. */
  opened: (EntryRef & { count: number; averageRank: number })[];
  /** The entry to help, and the words readers used that its question, also and keywords lack. */
  target?: EntryRef;
  /** Where the site's search ranks the target today for the most frequent query (1-based), if in the first 10. */
  currentRank?: number;
  keywordsToAdd: string[];
}

export interface Unhelpful extends EntryRef {
  yes: number;
  no: number;
  /** The 95% Wilson interval of the helpful rate. */
  low: number;
  high: number;
  comments: string[];
}

export interface Demand extends EntryRef {
  demand: number;
  /** Demand per week of the period, so reports of different lengths compare. */
  perWeek: number;
  priority: number;
  suggested: number;
}

export interface DeflectionRow extends DeflectionTally {
  label: string;
  /** Answered without contact, over answered and sent on; undefined when neither happened. */
  rate?: number;
}

export interface Insights {
  events: number;
  byType: Record<string, number>;
  byLang: Record<string, number>;
  first?: string;
  last?: string;
  weeks: number;
  missing: MissingQuestion[];
  notChosen: NotChosen[];
  unhelpful: Unhelpful[];
  demand: Demand[];
  deflection: { total: DeflectionRow; byTopic: DeflectionRow[]; byWeek: DeflectionRow[] };
  droppedKeys: number;
}

export const LIMITS = {
  missing: 15,
  notChosen: 10,
  unhelpful: 10,
  demand: 20,
  /** An entry is listed as unhelpful when even the top of its interval is below this rate. */
  unhelpfulBelow: 0.5,
  /** Votes an entry needs before its helpful rate is shown. */
  minVotes: 3,
  /** Searches a group of words needs before it counts as a ranking miss. */
  minSearches: 3,
  /** Demand an entry needs before a priority is suggested for it. */
  minDemand: 10,
  /** How far the suggested priority must be from the current one to be suggested (and applied). */
  priorityStep: 20,
};

export async function analyse(tally: Tally, site: SiteContext): Promise<Insights> {
  const weeks = weeksBetween(tally.first, tally.last);
  return {
    events: tally.events,
    byType: tally.byType,
    byLang: tally.byLang,
    first: tally.first,
    last: tally.last,
    weeks,
    missing: await missingQuestions(tally, site),
    notChosen: await notChosen(tally, site),
    unhelpful: unhelpful(tally, site),
    demand: demand(tally, site, weeks),
    deflection: deflection(tally),
    droppedKeys: tally.droppedKeys,
  };
}

async function missingQuestions(tally: Tally, site: SiteContext): Promise<MissingQuestion[]> {
  // A question of question words only (`how do I`) says nothing about what is missing.
  const groups = groupQuestions(tally.missing, knownTerm(site)).filter((group) => group.terms.length > 0).slice(0, LIMITS.missing);
  return Promise.all(
    groups.map(async (group) => {
      const lang = mainLang(group, site.defaultLang);
      const closest = await closestEntries(group, lang, site);
      return {
        count: group.count,
        searches: group.searches,
        asks: group.asks,
        byLang: group.byLang,
        examples: group.examples,
        closest,
        command: newEntryCommand(group, lang, closest[0], site),
      };
    }),
  );
}

/** The entries the site's search ranks first for the group's questions; for words it finds nothing for, for each word on its own. */
async function closestEntries(group: QuestionGroup, lang: string, site: SiteContext): Promise<EntryRef[]> {
  const scores = new Map<string, number>();
  const add = (ids: string[], weight: number) => ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (rank + 1)));
  // The group's own language first; a topic the Chinese side lacks may still have a neighbour in the default language.
  for (const searchLang of new Set([lang, site.defaultLang])) {
    for (const example of group.examples.slice(0, 3)) add(await site.search(example.text, searchLang, 3), example.count);
    if (!scores.size) {
      const words = new Set(group.examples.flatMap((item) => contentWords(item.text)));
      for (const word of words) add(await site.search(word, searchLang, 3), 1);
    }
    if (scores.size) {
      return [...scores].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([id]) => ref(site, searchLang, id)).filter((item): item is EntryRef => item !== undefined);
    }
  }
  return [];
}

function newEntryCommand(group: QuestionGroup, lang: string, closest: EntryRef | undefined, site: SiteContext): string {
  // The most frequent question written in the language alone, not mixed with another script.
  const inLang = group.examples.filter((item) => item.lang === lang);
  const example = (inLang.find((item) => isOneScript(item.text, lang)) ?? inLang[0] ?? group.examples[0])?.text ?? '';
  const entry = closest && site.entry(closest.lang, closest.id);
  const category = entry?.categories[0] ?? site.entries(lang)[0]?.categories[0] ?? 'help';
  const audiences = entry?.audience.length ? entry.audience : ['new'];
  const parts = ['npm run new --', shellQuote(asQuestion(example)), '--category', category, ...audiences.flatMap((audience) => ['--audience', audience])];
  if (lang !== site.defaultLang) parts.push('--lang', lang);
  return parts.join(' ');
}

const HAN_CHARACTER = charClass(HAN);
const ENDS_UNSPACED = new RegExp(`[${UNSPACED}${LONG_VOWEL_MARK}]$`, 'u');

/** Whether a search is in its language's script alone: no Chinese characters in a language written in Latin letters (or one ICU cannot read), and letters but no Latin ones in any other. */
function isOneScript(text: string, lang: string): boolean {
  const script = likelyScript(lang);
  return script === undefined || script === 'Latn' ? !HAN_CHARACTER.test(text) : !/[A-Za-z]/.test(text) && /\p{L}/u.test(text);
}

/** A search as a question an editor can start from: capitalised, with its question mark. */
function asQuestion(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  if (/[?？]$/.test(capital)) return capital;
  // Chinese and Japanese end a question with a full-width mark.
  return ENDS_UNSPACED.test(capital) ? `${capital}？` : `${capital}?`;
}

/** Double quotes for the shell, with what the shell would expand inside them escaped: readers' text is untrusted. */
export function shellQuote(text: string): string {
  return `"${text.replace(/[\\"$`!]/g, (char) => `\\${char}`)}"`;
}

async function notChosen(tally: Tally, site: SiteContext): Promise<NotChosen[]> {
  const groups = groupQuestions(tally.found, knownTerm(site)).filter((group) => {
    const searches = group.count;
    if (searches < LIMITS.minSearches) return false;
    const opened = [...group.opened.values()];
    const averageRank = opened.reduce((sum, item) => sum + item.rankSum, 0) / Math.max(1, opened.reduce((sum, item) => sum + item.count, 0));
    return group.notOpened / searches >= 0.4 || averageRank >= 3;
  });
  groups.sort((a, b) => b.notOpened - a.notOpened || b.count - a.count);
  return Promise.all(
    groups.slice(0, LIMITS.notChosen).map(async (group) => {
      const lang = mainLang(group, site.defaultLang);
      const opened = [...group.opened]
        .map(([id, item]) => {
          const entry = ref(site, lang, id);
          return entry && { ...entry, count: item.count, averageRank: item.rankSum / item.count };
        })
        .filter((item): item is EntryRef & { count: number; averageRank: number } => item !== undefined)
        .sort((a, b) => b.count - a.count);
      const target = opened[0] ?? (await closestEntries(group, lang, site))[0];
      const topQuery = group.examples.find((example) => example.lang === lang)?.text;
      const rank = target && topQuery ? (await site.search(topQuery, lang, 10)).indexOf(target.id) + 1 : 0;
      return {
        currentRank: rank || undefined,
        searches: group.count,
        notOpened: group.notOpened,
        examples: group.examples,
        opened,
        target,
        // Keywords only for an entry readers chose: the search's own first guess is no evidence.
        keywordsToAdd: opened[0] ? missingKeywords(group, site, opened[0]) : [],
      };
    }),
  );
}

/** Words readers typed (their most frequent spelling) whose stem the entry's question, also and keywords (its products' names among them) do not hold. */
function missingKeywords(group: QuestionGroup, site: SiteContext, target: EntryRef): string[] {
  const entry = site.entry(target.lang, target.id);
  if (!entry) return [];
  const known = new Set([entry.question, ...entry.also, ...searchKeywordsOf(entry)].flatMap((text) => termsOf(text)));
  const words = new Map<string, { word: string; best: number; count: number }>();
  for (const example of group.examples.filter((item) => item.lang === target.lang)) {
    for (const word of contentWords(example.text)) {
      const [term] = termsOf(word);
      if (!term || known.has(term) || /\d|\[/.test(word) || isTypo(word, term, site) || isCommon(term, target.lang, site)) continue;
      const seen = words.get(term);
      // The spelling most readers used, with every use of the word counted.
      words.set(term, { word: seen && seen.best >= example.count ? seen.word : word, best: Math.max(seen?.best ?? 0, example.count), count: (seen?.count ?? 0) + example.count });
    }
  }
  return [...words.values()].filter((item) => item.count >= MIN_KEYWORD_USES).sort((a, b) => b.count - a.count).slice(0, 4).map((item) => item.word);
}

/** How often readers must have used a word before it is suggested as a keyword. */
const MIN_KEYWORD_USES = 3;

/** A word the site does not know but one edit from one it does: the search already corrects it, and a keyword must be spelt right. */
function isTypo(word: string, term: string, site: SiteContext): boolean {
  const vocabularies = [...site.vocabularies.values()];
  if (vocabularies.some((vocabulary) => vocabulary.has(term))) return false;
  return vocabularies.some((vocabulary) => vocabulary.near(word, term, 1, 1).length > 0);
}

/** A word in a fifth of the language's entries or more (the brand, `device`) tells this entry apart from none. */
function isCommon(term: string, lang: string, site: SiteContext): boolean {
  const frequency = site.vocabularies.get(lang)?.get(term)?.documentFrequency ?? 0;
  return frequency >= Math.max(3, site.entries(lang).length / 5);
}

/** The words of a text that say what it is about, folded as search folds them (Chinese runs whole). */
function contentWords(text: string): string[] {
  return findRuns(topicText(text))
    .map((run) => foldWord(run.text))
    .filter((word) => word.length > 1 && !STOPWORDS.has(word) && !/^\d+$/.test(word));
}

function unhelpful(tally: Tally, site: SiteContext): Unhelpful[] {
  return [...tally.entries.values()]
    .filter((entry) => entry.yes + entry.no >= LIMITS.minVotes)
    .map((entry) => {
      const found = ref(site, entry.lang, entry.id);
      return found && { ...found, yes: entry.yes, no: entry.no, ...wilsonInterval(entry.yes, entry.yes + entry.no), comments: entry.comments };
    })
    .filter((item): item is Unhelpful => item !== undefined && item.high < LIMITS.unhelpfulBelow)
    // Confidently unhelpful first: the lowest upper bound.
    .sort((a, b) => a.high - b.high || b.no - a.no)
    .slice(0, LIMITS.unhelpful);
}

/** One reader showing need: opening it from search or the ask page, being answered by it, voting on it. */
export function demandOf(entry: EntryTally): number {
  return entry.searchOpens + entry.askOpens + entry.answered + entry.yes + entry.no;
}

function demand(tally: Tally, site: SiteContext, weeks: number): Demand[] {
  const rows: Demand[] = [];
  const byLang = new Map<string, EntryTally[]>();
  for (const entry of tally.entries.values()) {
    if (!site.entry(entry.lang, entry.id)) continue;
    byLang.set(entry.lang, [...(byLang.get(entry.lang) ?? []), entry]);
  }
  for (const entries of byLang.values()) {
    const top = Math.max(...entries.map(demandOf));
    for (const entry of entries) {
      const found = ref(site, entry.lang, entry.id)!;
      const value = demandOf(entry);
      const priority = site.entry(entry.lang, entry.id)!.priority;
      rows.push({ ...found, demand: value, perWeek: value / weeks, priority, suggested: suggestedPriority(value, top, priority) });
    }
  }
  return rows.sort((a, b) => b.demand - a.demand);
}

/**
 * Priority on the scale editors use (0–100, higher first), from the entry's
 * demand on a logarithmic scale up to the most-needed entry's: twice the
 * demand is a step up, not twice the priority. It depends on the events only,
 * never on current priorities, and is suggested only when it differs enough
 * from the current one, so after `--apply` a second run suggests nothing.
 */
export function suggestedPriority(value: number, top: number, current: number): number {
  if (value < LIMITS.minDemand || top <= 1) return current;
  const suggested = Math.max(5, Math.min(100, Math.round((100 * Math.log1p(value)) / Math.log1p(top) / 5) * 5));
  return Math.abs(suggested - current) >= LIMITS.priorityStep ? suggested : current;
}

function deflection(tally: Tally): Insights['deflection'] {
  const row = (label: string, item: DeflectionTally): DeflectionRow => ({ label, ...item, rate: item.answered + item.asked ? item.answered / (item.answered + item.asked) : undefined });
  const total = { suggested: 0, answered: 0, asked: 0 };
  for (const item of tally.deflectionByWeek.values()) {
    total.suggested += item.suggested;
    total.answered += item.answered;
    total.asked += item.asked;
  }
  return {
    total: row('all', total),
    byTopic: [...tally.deflectionByTopic].filter(([, item]) => item.answered + item.asked > 0).map(([label, item]) => row(label, item)).sort((a, b) => b.answered + b.asked - (a.answered + a.asked)),
    byWeek: [...tally.deflectionByWeek].sort((a, b) => a[0].localeCompare(b[0])).map(([label, item]) => row(label, item)),
  };
}

function knownTerm(site: SiteContext): (term: string) => boolean {
  const vocabularies = [...site.vocabularies.values()];
  return (term) => vocabularies.some((vocabulary) => vocabulary.has(term));
}

function ref(site: SiteContext, lang: string, id: string): EntryRef | undefined {
  const entry = site.entry(lang, id);
  return entry && { lang, id, question: entry.question, url: entry.url };
}

function mainLang(group: QuestionGroup, fallback: string): string {
  return Object.entries(group.byLang).sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

function weeksBetween(first: string | undefined, last: string | undefined): number {
  if (!first || !last) return 1;
  return Math.max(1, (Date.parse(last) - Date.parse(first)) / (7 * 24 * 3600 * 1000));
}

