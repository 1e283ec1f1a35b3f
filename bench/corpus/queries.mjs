/**
 * What customers type to find an entry: a few keywords, the start of the
 * question, the question asked another way, or keywords with a typo. Each
 * query names the entry it should find, for recall figures.
 *
 * Entries are a kind of question about a product with a detail (a country, a
 * phone, a room, an error code…), and dozens share the kind and the product.
 * So every query carries the entry's details the way a customer would type
 * them ("chorus wont pair pixel", "E42 error tempo"): without them no search
 * could tell the expected entry from its siblings.
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

/**
 * The values that set an entry apart from the others of its kind and product,
 * as its question names them (a template may leave out a slot its topic
 * fills, and then the entry is not about it): `{ name, value }` in the
 * entry's language, in the order the question names them.
 * @param {import('./entries.mjs').CorpusEntry} entry
 */
function detailsOf(entry) {
  const values = entry.slots[entry.lang];
  return entry.topic.slots
    .map((name) => ({ name, value: values[name], at: entry.question.indexOf(values[name]) }))
    .filter((detail) => detail.value && detail.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ name, value }) => ({ name, value }));
}

const bare = (text) => text.toLowerCase().replace(/[’']/g, '').replace(/[?,:!]/g, '').replace(/\.(?!\d)/g, '').replace(/\s+/g, ' ').trim();

/** Words customers leave out of a detail: "after changing my router" is typed "changing router". */
const FILLER = new Set('a an the my it before after when keeps cannot'.split(' '));

/** A detail as a customer types it: "the UK" → "uk", "a Samsung Galaxy" → "samsung galaxy", "12 days" for a number of days. */
function typedDetail({ name, value }, entry) {
  if (name === 'days') return `${value} days`;
  if (name === 'p2') return entry.slots.p2.model.toLowerCase();
  const words = bare(value).split(' ').filter((word) => !FILLER.has(word));
  return words.length ? words.join(' ') : bare(value);
}

function englishQuery(entry, kind, random) {
  const text = entry.topic.en;
  const details = detailsOf(entry);
  const typed = details.map((detail) => typedDetail(detail, entry));
  if (kind === 'partial') return englishPartial(entry, details);
  const model = entry.slots.en.model.toLowerCase();
  // Its own words for what went wrong ("pair", "dropping") when its kind of question is asked several ways.
  const own = englishOwnWords(entry);
  const topicWords = () => (own.length && random.chance(0.6) ? random.pick(own) : random.pick(text.keywords).toLowerCase());
  // Asked in other words: how the topic is put in a few words, about this product and its details.
  if (kind === 'paraphrase') {
    const also = bare(random.pick(text.also));
    const extra = own.filter((word) => !also.split(' ').includes(word));
    return [also, model, ...typed, ...(extra.length && random.chance(0.5) ? [random.pick(extra)] : [])].join(' ');
  }
  const words = [model, topicWords()];
  const head = random.chance(0.5) ? words : [words[1], words[0]];
  // The detail first ("sweden return hub base") or last, as people type it either way.
  const parts = random.chance(0.25) ? [...typed, ...head] : [...head, ...typed];
  if (kind !== 'typo') return parts.join(' ');
  // The slip goes into the product or topic words: a mistyped detail is a different detail.
  const slipped = withTypo(head.join(' '), random);
  return (parts[0] === head[0] ? [slipped, ...typed] : [...typed, slipped]).join(' ');
}

const ENGLISH_STOPWORDS = new Set('long much many keep keeps also only after before then into about over more than a an and are be can do does for from how i if in is it me my of on or should the there to what when where which why will with you your get got no now not this that their them at by so am has have dont don’t i’m'.split(' '));

/**
 * Words of an entry's question that its topic's other ways of asking do not
 * use: "pair" in "My Chorus won't pair over Bluetooth with a Pixel" against
 * "How do I forget and re-pair…". Without them a query fits every way of
 * asking about the same product and detail equally well.
 */
function englishOwnWords(entry) {
  const others = entry.topic.en.q.filter((_, template) => template !== entry.template).map((question) => ` ${bare(question.replace(/\{\w+\}/g, ' '))} `);
  const slotWords = new Set(Object.values(entry.slots.en).flatMap((value) => bare(value).split(' ')));
  return [...new Set(bare(entry.question.replace(/[’']/g, '')).split(/[^a-z0-9-]+/))]
    .filter((word) => word.length > 3 && !ENGLISH_STOPWORDS.has(word) && !slotWords.has(word) && !/^\d/.test(word))
    .filter((word) => others.every((other) => !other.includes(` ${word} `)));
}

/** The same in Chinese: the question's own wording between its slots ("要多久", "取消"), that its topic's other templates lack. */
function chineseOwnWords(entry) {
  const others = entry.topic.zh.q.filter((_, template) => template !== entry.template).join('|');
  const fragments = entry.topic.zh.q[entry.template]
    .split(/\{\w+\}|[？?，,。：: ]/)
    .map((fragment) => fragment.replace(/^(为什么|怎么|可以|在|的|把|和|用)+|(吗|了|呢|的|是|什么)+$/gu, ''));
  return [...new Set(fragments)].filter((fragment) => /^\p{Script=Han}{2,6}$/u.test(fragment) && !others.includes(fragment));
}

/**
 * Typed so far: at least up to the product's name, which customers put first,
 * and on to the last detail. When that is the whole question, its opening
 * words ("How do I", "Can I") are left out instead, so it is not a copy.
 */
function englishPartial(entry, details) {
  const words = bare(entry.question).split(' ');
  const find = (phrase) => {
    const wanted = bare(phrase).split(' ');
    const at = words.findIndex((_, start) => wanted.every((word, offset) => words[start + offset] === word));
    return at < 0 ? -1 : at + wanted.length;
  };
  const model = entry.slots.en.model;
  const afterModel = find(model);
  const end = Math.max(3, afterModel + 1, Math.ceil(words.length * 0.6), ...details.map((detail) => find(detail.value)));
  if (end < words.length) return words.slice(0, end).join(' ');
  let start = 0;
  while (start < words.length - 3 && (start === 0 || ENGLISH_STOPWORDS.has(words[start]))) start++;
  return words.slice(start).join(' ');
}

function chineseQuery(entry, kind, random) {
  const text = entry.topic.zh;
  const details = detailsOf(entry).map((detail) => (detail.name === 'days' ? `${detail.value}天` : detail.value));
  const model = entry.slots.zh.model;
  if (kind === 'partial') {
    const question = entry.question.replace(/[？?]$/, '');
    const afterModel = question.indexOf(model) + model.length + 2;
    const afterDetails = Math.max(0, ...details.map((detail) => question.indexOf(detail) + detail.length));
    const end = Math.max(4, afterModel, afterDetails, Math.ceil(question.length * 0.6));
    if (end < question.length) return question.slice(0, end);
    // The whole question typed is a copy: customers leave out the family name ("Glow E27 更新后出现E50").
    return question.replace(`${model} ${entry.slots.zh.family}`, model).replace(/[吗呢]$/u, '');
  }
  // Chinese needs no spaces, but "Prime DayWeave Node" is not how anyone types: Latin words next to each other keep theirs.
  const tight = random.chance(0.5);
  const join = (parts) => parts.reduce((text, part) => text + (tight && (/\p{Script=Han}$/u.test(text) || /^\p{Script=Han}/u.test(part)) ? '' : ' ') + part);
  const own = chineseOwnWords(entry);
  const also = [random.pick(text.also), ...(own.length && random.chance(0.5) ? [random.pick(own)] : [])];
  if (kind === 'paraphrase') return join(random.chance(0.5) ? [model, ...details, ...also] : [...details, model, ...also]);
  const product = random.chance(0.6) ? model : `${model} ${entry.slots.zh.family}`;
  const keyword = own.length && random.chance(0.6) ? random.pick(own) : random.pick(text.keywords);
  return join(random.chance(0.7) ? [product, ...details, keyword] : [...details, product, keyword]);
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
