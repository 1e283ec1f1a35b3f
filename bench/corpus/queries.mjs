/**
 * What customers type to find an entry: a few keywords, the start of the
 * question, the question asked another way, or keywords with a typo. Each
 * query names the entry it should find, for recall figures.
 */
import { Random, seedOf } from './random.mjs';

const QUERY_COUNT = 300;
const KINDS = { en: ['keywords', 'keywords', 'partial', 'paraphrase', 'typo'], zh: ['keywords', 'keywords', 'partial', 'paraphrase'] };

/**
 * @param {import('./entries.mjs').CorpusEntry[]} entries
 * @returns {{ query: string, lang: string, expected: string, members: boolean, kind: string }[]}
 */
export function buildQueries(entries, seed) {
  const published = entries.filter((entry) => !entry.draft);
  const count = Math.min(QUERY_COUNT, published.length);
  const queries = [];
  for (let k = 0; k < count; k++) {
    // Spread over the whole corpus, so late entries are searched for as often as early ones.
    const entry = published[Math.floor(((k + 0.5) * published.length) / count)];
    const random = new Random(seedOf(seed, 'query', entry.index));
    const kind = random.pick(KINDS[entry.lang]);
    const query = entry.lang === 'en' ? englishQuery(entry, kind, random) : chineseQuery(entry, kind, random);
    queries.push({ query, lang: entry.lang, expected: entry.id, members: entry.membersOnly, kind });
  }
  return queries;
}

const bare = (text) => text.toLowerCase().replace(/[’']/g, '').replace(/[?.,:!]/g, '').replace(/\s+/g, ' ').trim();
const withoutArticle = (text) => text.replace(/^(the|a|an) /i, '');

function englishQuery(entry, kind, random) {
  const text = entry.topic.en;
  if (kind === 'partial') {
    // Typed so far: at least up to the product's name, which customers put first.
    const words = bare(entry.question).split(' ');
    const model = entry.slots.en.model.toLowerCase().split(' ');
    const afterModel = words.findIndex((_, at) => model.every((word, offset) => words[at + offset] === word)) + model.length + 1;
    return words.slice(0, Math.max(3, afterModel, Math.ceil(words.length * 0.6))).join(' ');
  }
  const model = entry.slots.en.model.toLowerCase();
  // Details the question itself mentions (a template may leave out a slot its topic fills).
  const slotValues = entry.topic.slots
    .filter((name) => name !== 'p2' && name !== 'days' && entry.question.includes(entry.slots.en[name]))
    .map((name) => bare(withoutArticle(entry.slots.en[name])));
  const detail = slotValues.length && random.chance(0.5) ? [random.pick(slotValues)] : [];
  // Asked in other words: how the topic is put in a few words, about this product.
  if (kind === 'paraphrase') return [bare(random.pick(text.also)), model, ...detail].join(' ');
  const words = [model, random.pick(text.keywords).toLowerCase(), ...detail];
  const query = (random.chance(0.5) ? words : [words[1], words[0], ...words.slice(2)]).join(' ');
  return kind === 'typo' ? withTypo(query, random) : query;
}

function chineseQuery(entry, kind, random) {
  const text = entry.topic.zh;
  if (kind === 'partial') {
    const question = entry.question.replace(/[？?]$/, '');
    const afterModel = question.indexOf(entry.slots.zh.model) + entry.slots.zh.model.length + 2;
    return question.slice(0, Math.max(4, afterModel, Math.ceil(question.length * 0.6)));
  }
  if (kind === 'paraphrase') return `${entry.slots.zh.model}${random.pick(text.also)}`;
  const product = random.chance(0.6) ? entry.slots.zh.model : `${entry.slots.zh.model} ${entry.slots.zh.family}`;
  return random.chance(0.5) ? `${product} ${random.pick(text.keywords)}` : `${product}${random.pick(text.keywords)}`;
}

/** One slip of the keyboard in the longest word: two letters swapped, one dropped or one doubled. */
function withTypo(query, random) {
  const words = query.split(' ');
  const longest = words.reduce((best, word, index) => (word.length > words[best].length ? index : best), 0);
  const word = words[longest];
  if (word.length < 4) return query;
  const at = random.int(1, word.length - 2);
  const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  const slip = random.int(0, 2);
  // Swapping two equal letters changes nothing: drop one instead.
  words[longest] =
    slip === 0 && swapped !== word ? swapped
    : slip === 2 ? word.slice(0, at) + word[at] + word.slice(at)
    : word.slice(0, at) + word.slice(at + 1);
  return words.join(' ');
}
