/**
 * Realistic reader events over a site's content, with facts planted in them
 * that `npm run insights` must find: a topic the FAQ lacks that many ask
 * about, an entry readers open and vote unhelpful, an entry readers need that
 * has a low priority, and a query whose right answer the search ranks fourth.
 *
 * Readers type as readers do: typos, plurals, capitals, English and Chinese,
 * both in one query, and some paste an e-mail address, a phone number or an
 * order number (the raw events here skip the browser's redaction on purpose,
 * as an older page or a hand-made export would, so the command's own
 * redaction is tested). Results and ranks come from the site's real search.
 * The same seed gives the same events.
 */

import type { EventBatch, ReaderEvent } from '../../src/core/events/reader-events.ts';
import type { SiteContext } from '../../src/core/insights/site-context.ts';
import type { EntryView } from '../../src/core/site/model.ts';

export interface PlantedFacts {
  missingTopic: { en: string; zh: string };
  unhelpful: { lang: string; id: string };
  lowPriority: { lang: string; id: string; priority: number };
  fourthRank: { lang: string; query: string; entry: string };
  /** Every e-mail address, phone number and order number put into readers' text. */
  personalData: string[];
}

export interface SimulationOptions {
  events: number;
  seed?: number;
  /** The last day of the period (UTC), `2026-11-29`. */
  end?: string;
  weeks?: number;
}

/** Topics a smart-home help centre may lack; the first whose every spelling finds nothing is planted. */
const MISSING_TOPICS = [
  { en: ['gift card', 'gift cards', 'Gift Cards', 'giftcard balance', 'gift crad', 'gift card expired'], zh: ['礼品卡', '礼品卡怎么用', '礼品卡余额'], mixed: ['gift card 礼品卡'], asked: 'Can I pay with a gift card?' },
  { en: ['solar panel', 'solar panels', 'Solar Panels', 'solar pannels', 'solar panels roof'], zh: ['太阳能板', '太阳能板怎么接', '太阳能板发电'], mixed: ['solar panel 太阳能板'], asked: 'Does it work with my solar panels?' },
  { en: ['carbon offset', 'carbon offsets', 'Carbon Offsets', 'carbon ofset', 'carbon offset shipping'], zh: ['碳抵消', '碳抵消怎么算', '碳抵消运费'], mixed: ['carbon offset 碳抵消'], asked: 'Do you offer a carbon offset for deliveries?' },
  { en: ['pet mode', 'pet modes', 'Pet Mode', 'pet moed', 'pet mode camera'], zh: ['宠物模式', '宠物模式怎么开', '宠物模式设置'], mixed: ['pet mode 宠物模式'], asked: 'Is there a pet mode?' },
];

const EMAILS = ['anna.kowalski@gmail.com', 'j.smith82@outlook.com', 'li.wei@qq.com'];
const PHONES = ['+44 7700 900123', '+86 138 0013 8000'];
const ORDERS = ['44178812', '4417 8812 0934 5521', 'LH-20931177'];

const COMMENTS_UNHELPFUL = ['it does not say when', 'still no idea what to do', 'my case is not covered', 'too vague', '没有说清楚'];

export async function simulateEvents(site: SiteContext, options: SimulationOptions, write: (line: string) => void): Promise<PlantedFacts> {
  const random = createRandom(options.seed ?? 1);
  const end = Date.parse(`${options.end ?? '2026-11-29'}T23:59:00Z`);
  const span = (options.weeks ?? 8) * 7 * 86_400_000;
  const searchCache = new Map<string, Promise<string[]>>();
  const search = (query: string, lang: string) => {
    const key = `${lang}\u0000${query}`;
    let found = searchCache.get(key);
    if (!found) searchCache.set(key, (found = site.search(query, lang, 10)));
    return found;
  };

  const langs = site.languages;
  const entries = new Map(langs.map((lang) => [lang, site.entries(lang).filter((entry) => entry.keywords.length || entry.question)]));
  const main = entries.get(site.defaultLang) ?? [];
  const zhLang = langs.find((lang) => lang !== site.defaultLang);

  const topic = await pickMissingTopic(search, site.defaultLang, zhLang);
  const byPriority = [...main].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  const lowPriority = byPriority[0]!;
  const unhelpful = byPriority[Math.floor(byPriority.length * 0.6)]!;
  const fourth = await findFourthRank(main, search, site.defaultLang, [lowPriority.id, unhelpful.id]);
  const personalData = [...EMAILS, ...PHONES, ...ORDERS];

  const at = (): string => {
    const time = end - span * Math.pow(random(), 0.9);
    return `${new Date(time).toISOString().slice(0, 16)}Z`;
  };
  /** Later weeks answer more asks without contact, as an FAQ that learns would. */
  const progress = (time: string) => 1 - (end - Date.parse(time)) / span;
  const withPersonalData = (text: string) => {
    if (random() > 0.04) return text;
    const kind = random();
    if (kind < 0.4) return `${text} ${pick(random, EMAILS)}`;
    if (kind < 0.7) return `${text} order ${pick(random, ORDERS)}`;
    return `${text} call me ${pick(random, PHONES)}`;
  };
  const weighted = (list: readonly EntryView[]) => weightedPick(random, list, (entry) => 5 + entry.priority);

  let written = 0;
  const emit = (events: ReaderEvent[]) => {
    if (events.length === 1 && random() < 0.3) write(JSON.stringify(events[0]));
    else write(JSON.stringify({ version: 1, events } satisfies EventBatch));
    written += events.length;
  };

  while (written < options.events) {
    const time = at();
    const roll = random();
    const lang = zhLang && random() < 0.3 ? zhLang : site.defaultLang;
    const pool = entries.get(lang)?.length ? entries.get(lang)! : main;
    const base = (page: string) => ({ at: time, lang, page });

    if (roll < 0.04) {
      // The missing topic: searched in both languages and both scripts at once, then asked anyway.
      const variants = lang === site.defaultLang ? topic.en : random() < 0.6 ? topic.zh : topic.mixed;
      const query = withPersonalData(pick(random, variants));
      const results = (await search(query, lang)).length;
      const events: ReaderEvent[] = [{ ...base('/search/'), type: 'search', query, results, opened: null, rank: null }];
      if (random() < 0.3) events.push({ ...base('/ask/'), type: 'asked', question: withPersonalData(topic.asked), topic: null, product: null });
      emit(events);
    } else if (roll < 0.07) {
      // The entry readers open and find unhelpful.
      const query = pick(random, unhelpful.keywords.length ? unhelpful.keywords : [unhelpful.question]);
      const ids = await search(query, site.defaultLang);
      const rank = ids.indexOf(unhelpful.id) + 1;
      const helpful = random() < 0.2;
      const comment = helpful ? undefined : withPersonalData(pick(random, COMMENTS_UNHELPFUL));
      emit([
        { at: time, lang: site.defaultLang, page: '/search/', type: 'search', query, results: ids.length, opened: rank ? unhelpful.id : null, rank: rank || null },
        { at: time, lang: site.defaultLang, page: unhelpful.url, type: 'helpful', entry: unhelpful.id, helpful, ...(comment ? { comment } : {}) },
      ]);
    } else if (roll < 0.12) {
      // The entry readers need whose priority says otherwise: opened from the ask page, and it answers.
      const question = withPersonalData(pick(random, [lowPriority.question, ...lowPriority.also, ...lowPriority.keywords]));
      emit([
        { at: time, lang: site.defaultLang, page: '/ask/', type: 'ask-suggested', question, shown: [lowPriority.id], opened: [lowPriority.id] },
        { at: time, lang: site.defaultLang, page: '/ask/', type: 'answered', entry: lowPriority.id, question },
      ]);
    } else if (roll < 0.15 && fourth) {
      // The query whose right answer ranks fourth: most readers give up before it.
      const found = random() < 0.25;
      const ids = await search(fourth.query, site.defaultLang);
      emit([{ at: time, lang: site.defaultLang, page: '/search/', type: 'search', query: fourth.query, results: ids.length, opened: found ? fourth.entry : null, rank: found ? 4 : null }]);
    } else if (roll < 0.75) {
      const entry = weighted(pool);
      const query = withPersonalData(readerQuery(random, entry, lang, site.defaultLang));
      const ids = await search(query, lang);
      const rank = ids.indexOf(entry.id) + 1;
      const opened = rank > 0 && rank <= 5 && random() < 0.9 - rank * 0.1;
      const events: ReaderEvent[] = [{ ...base('/search/'), type: 'search', query, results: ids.length, opened: opened ? entry.id : null, rank: opened ? rank : null }];
      if (opened && random() < 0.2) events.push({ ...base(entry.url), type: 'helpful', entry: entry.id, helpful: random() < 0.85 });
      emit(events);
    } else {
      // The ask page: suggestions while typing, then answered or sent on.
      const entry = weighted(pool);
      const question = withPersonalData(readerQuery(random, entry, lang, site.defaultLang));
      const shown = (await search(question, lang)).slice(0, 3);
      const opened = shown.includes(entry.id) && random() < 0.7 ? [entry.id] : [];
      const events: ReaderEvent[] = [{ ...base('/ask/'), type: 'ask-suggested', question, shown, opened }];
      if (opened.length && random() < 0.45 + 0.3 * progress(time)) events.push({ ...base('/ask/'), type: 'answered', entry: entry.id, question });
      else events.push({ ...base('/ask/'), type: 'asked', question, topic: entry.categories[0] ?? null, product: entry.productIds[0] ?? null });
      emit(events);
    }
  }

  return {
    missingTopic: { en: topic.en[0]!, zh: topic.zh[0]! },
    unhelpful: { lang: site.defaultLang, id: unhelpful.id },
    lowPriority: { lang: site.defaultLang, id: lowPriority.id, priority: lowPriority.priority },
    fourthRank: fourth ? { lang: site.defaultLang, ...fourth } : { lang: site.defaultLang, query: '', entry: '' },
    personalData,
  };
}

async function pickMissingTopic(search: (query: string, lang: string) => Promise<string[]>, defaultLang: string, zhLang: string | undefined): Promise<(typeof MISSING_TOPICS)[number]> {
  for (const topic of MISSING_TOPICS) {
    // Its plain names find nothing; other spellings are recorded with whatever the search really shows.
    const counts = await Promise.all([search(topic.en[0]!, defaultLang), search(topic.en[1]!, defaultLang), search(topic.zh[0]!, zhLang ?? defaultLang), search(topic.mixed[0]!, zhLang ?? defaultLang)]);
    if (counts.every((ids) => ids.length === 0)) return topic;
  }
  throw new Error('every planted missing topic is answered by this content; add another to MISSING_TOPICS');
}

/** A keyword of some entry for which the search puts that entry fourth: the ranking miss readers report by giving up. */
async function findFourthRank(entries: readonly EntryView[], search: (query: string, lang: string) => Promise<string[]>, lang: string, avoid: string[]): Promise<{ query: string; entry: string } | undefined> {
  for (const entry of entries) {
    if (avoid.includes(entry.id)) continue;
    for (const keyword of entry.keywords) {
      const ids = await search(keyword, lang);
      if (ids.indexOf(entry.id) === 3) return { query: keyword, entry: entry.id };
    }
  }
  return undefined;
}

/** What a reader types for an entry: a keyword or a few words of the question, sometimes plural, misspelt, capitalised or mixed with English. */
function readerQuery(random: () => number, entry: EntryView, lang: string, defaultLang: string): string {
  const sources = [...entry.keywords, ...entry.also, entry.question];
  let query = pick(random, sources);
  if (lang === defaultLang) {
    const words = query.replace(/[?？]/g, '').split(/\s+/).filter(Boolean);
    // Readers type what the question is about, not how it is asked.
    if (words.length > 4) query = words.slice(-(2 + Math.floor(random() * 3))).join(' ');
    const roll = random();
    if (roll < 0.15) query = typo(random, query);
    else if (roll < 0.3) query = query.replace(/\b(\w{4,})\b/, (word) => (word.endsWith('s') ? word.slice(0, -1) : `${word}s`));
    else if (roll < 0.4) query = query.toUpperCase().charAt(0) + query.slice(1);
  } else if (random() < 0.15) {
    // Chinese readers often add the product's English name.
    query = `${entry.products[0]?.title ?? 'Lumen'} ${query}`;
  }
  return query;
}

/** Two neighbouring letters swapped in a word long enough to still be recognised. */
function typo(random: () => number, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((word, i) => ({ word, i })).filter(({ word }) => /^[a-z]{5,}$/i.test(word));
  if (!candidates.length) return text;
  const { word, i } = pick(random, candidates);
  const at = 1 + Math.floor(random() * (word.length - 3));
  words[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function weightedPick<T>(random: () => number, list: readonly T[], weight: (item: T) => number): T {
  const total = list.reduce((sum, item) => sum + weight(item), 0);
  let roll = random() * total;
  for (const item of list) {
    roll -= weight(item);
    if (roll <= 0) return item;
  }
  return list[list.length - 1]!;
}

/** Mulberry32: small, seeded, the same sequence everywhere. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
