/**
 * Joins the keys of a question table into groups a reader would call one
 * question: a typo the site's vocabulary could not correct (`giftcrad`) joins
 * the more frequent word one edit away, keys whose terms mostly overlap join
 * the most-asked of them, and an English and a Chinese group join when readers
 * wrote both in one question (`gift card 礼品卡`), which is how a topic no
 * synonym group names yet still meets across languages.
 */

import { withinOneEdit } from '../edit-distance.ts';
import type { QuestionTally } from './tally.ts';

/** The most frequent keys considered; the long tail of one-off questions rarely changes a decision. */
const MAX_KEYS = 4000;
/** Terms shared over terms in either (Jaccard) for a key to join a group. */
const JOIN_SIMILARITY = 0.5;
/** How often readers must have written both languages in one question before their groups join. */
const MIN_BRIDGE_COUNT = 2;
/** Share of a mixed question's terms the two groups it bridges must hold between them. */
const BRIDGE_COVERAGE = 0.75;
const TYPO_MIN_LENGTH = 4;
const MAX_EXAMPLES = 5;

export interface QuestionGroup extends Omit<QuestionTally, 'examples'> {
  /** The most frequent texts as typed, most frequent first. */
  examples: { text: string; count: number; lang: string }[];
  /** How many distinct keys joined. */
  keys: number;
}

/**
 * `isKnownTerm` says whether the site's vocabulary has a term: a word the site
 * uses is never taken for a typo of another (`call` is not a typo of `wall`).
 */
export function groupQuestions(table: ReadonlyMap<string, QuestionTally>, isKnownTerm: (term: string) => boolean = () => false): QuestionGroup[] {
  const tallies = [...table.values()].sort((a, b) => b.count - a.count).slice(0, MAX_KEYS);
  const spelling = typoFixes(tallies, isKnownTerm);
  const termSets = tallies.map((tally) => new Set(tally.terms.map((term) => spelling.get(term) ?? term)));

  const seeds: { terms: Set<string>; members: number[] }[] = [];
  const byTerm = new Map<string, number[]>();
  // Questions in one script seed the groups; a mixed question then joins one and may bridge it to the other script's.
  const seedOfKey: number[] = [];
  const order = termSets.map((_, index) => index).sort((a, b) => Number(isMixed(termSets[a]!)) - Number(isMixed(termSets[b]!)) || a - b);
  for (const index of order) {
    const terms = termSets[index]!;
    let best = -1;
    let bestSimilarity = 0;
    const candidates = new Set<number>();
    for (const term of terms) for (const seed of byTerm.get(term) ?? []) candidates.add(seed);
    for (const seed of candidates) {
      const similarity = jaccard(seeds[seed]!.terms, terms);
      if (similarity >= JOIN_SIMILARITY && similarity > bestSimilarity) {
        best = seed;
        bestSimilarity = similarity;
      }
    }
    if (best === -1) {
      best = seeds.length;
      seeds.push({ terms, members: [] });
      for (const term of terms) byTerm.set(term, [...(byTerm.get(term) ?? []), best]);
    }
    seeds[best]!.members.push(index);
    seedOfKey[index] = best;
  }

  // Bridges across scripts: a mixed question holding most of both groups' terms.
  const parent = seeds.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const bridges = new Map<string, number>();
  termSets.forEach((terms, index) => {
    if (!isMixed(terms)) return;
    const covered = [...new Set([...terms].flatMap((term) => byTerm.get(term) ?? []))].filter((seed) => mostlyIn(seeds[seed]!.terms, terms));
    const latin = covered.filter((seed) => allOfScript(seeds[seed]!.terms, 'latin'));
    const cjk = covered.filter((seed) => allOfScript(seeds[seed]!.terms, 'cjk'));
    for (const a of latin) {
      for (const b of cjk) {
        // The question must be the two groups' words and little else, not two topics that happen to share a word each.
        if (coverage(terms, seeds[a]!.terms, seeds[b]!.terms) < BRIDGE_COVERAGE) continue;
        const key = `${a} ${b}`;
        const count = (bridges.get(key) ?? 0) + tallies[index]!.count;
        bridges.set(key, count);
        if (count >= MIN_BRIDGE_COUNT) {
          parent[root(b)] = root(a);
          parent[root(seedOfKey[index]!)] = root(a);
        }
      }
    }
  });

  const groups = new Map<number, number[]>();
  seeds.forEach((seed, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), ...seed.members]));
  return [...groups.values()].map((members) => mergeTallies(members.map((i) => tallies[i]!))).sort((a, b) => b.count - a.count);
}

/** A rare word one edit from a more frequent one is taken for a typo of it. */
function typoFixes(tallies: readonly QuestionTally[], isKnownTerm: (term: string) => boolean): Map<string, string> {
  const frequency = new Map<string, number>();
  for (const tally of tallies) for (const term of tally.terms) frequency.set(term, (frequency.get(term) ?? 0) + tally.count);
  const words = [...frequency.keys()].filter((term) => scriptOf(term) === 'latin' && term.length >= TYPO_MIN_LENGTH && !/\d/.test(term));
  const byLength = new Map<number, string[]>();
  for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const fixes = new Map<string, string>();
  for (const word of words) {
    if (isKnownTerm(word)) continue;
    let best: string | undefined;
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const other of byLength.get(length) ?? []) {
        if (other === word || frequency.get(other)! <= frequency.get(word)! * 2 || !withinOneEdit(word, other)) continue;
        if (!best || frequency.get(other)! > frequency.get(best)!) best = other;
      }
    }
    if (best) fixes.set(word, best);
  }
  // Follow chains (`giftcrd` → `giftcard` → …) to the word they end at.
  for (const [word, fix] of fixes) {
    let end = fix;
    for (let steps = 0; fixes.has(end) && steps < 5; steps++) end = fixes.get(end)!;
    fixes.set(word, end);
  }
  return fixes;
}

function mergeTallies(members: readonly QuestionTally[]): QuestionGroup {
  const first = members[0]!;
  const group: QuestionGroup = { terms: first.terms, count: 0, byLang: {}, examples: [], searches: 0, asks: 0, notOpened: 0, opened: new Map(), topics: new Map(), keys: members.length };
  const examples = new Map<string, { text: string; count: number; lang: string }>();
  for (const member of members) {
    group.count += member.count;
    group.searches += member.searches;
    group.asks += member.asks;
    group.notOpened += member.notOpened;
    const lang = Object.entries(member.byLang).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    for (const [code, count] of Object.entries(member.byLang)) group.byLang[code] = (group.byLang[code] ?? 0) + count;
    for (const [text, count] of member.examples) {
      const key = text.toLowerCase();
      const seen = examples.get(key);
      examples.set(key, { text: seen?.text ?? text, count: (seen?.count ?? 0) + count, lang: seen?.lang ?? lang });
    }
    for (const [id, opened] of member.opened) {
      const seen = group.opened.get(id) ?? { count: 0, rankSum: 0 };
      group.opened.set(id, { count: seen.count + opened.count, rankSum: seen.rankSum + opened.rankSum });
    }
    for (const [topic, count] of member.topics) group.topics.set(topic, (group.topics.get(topic) ?? 0) + count);
  }
  group.examples = [...examples.values()].sort((a, b) => b.count - a.count).slice(0, MAX_EXAMPLES);
  return group;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function coverage(question: ReadonlySet<string>, a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let covered = 0;
  for (const term of question) if (a.has(term) || b.has(term)) covered++;
  return covered / (question.size || 1);
}

/** At least half of a group's terms are in the mixed question (`太阳能板发电` is bridged by `solar panel 太阳能板`). */
function mostlyIn(group: ReadonlySet<string>, question: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const term of group) if (question.has(term)) shared++;
  return group.size > 0 && shared * 2 >= group.size;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/** Synonym groups (`~refund`) stand for both languages already: only plain words have a script. */
function scriptOf(term: string): 'cjk' | 'latin' | 'both' {
  if (term.startsWith('~')) return 'both';
  return CJK.test(term) ? 'cjk' : 'latin';
}

function isMixed(terms: ReadonlySet<string>): boolean {
  const scripts = new Set([...terms].map(scriptOf));
  return scripts.has('cjk') && scripts.has('latin');
}

function allOfScript(terms: ReadonlySet<string>, script: 'cjk' | 'latin'): boolean {
  for (const term of terms) if (scriptOf(term) !== script) return false;
  return true;
}
