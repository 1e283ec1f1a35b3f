/**
 * The entries of the benchmark corpus. Entry i is drawn from its own random
 * stream (the seed and i) and may only look back at entries before it, so a
 * corpus of 1,000 is the first 1,000 entries of a corpus of 10,000.
 */
import { PRODUCTS, SLOTS } from './catalogue.mjs';
import { MEMBERS_TOPICS } from './topics-members.mjs';
import { PUBLIC_TOPICS } from './topics-public.mjs';
import { Random, seedOf } from './random.mjs';

/** About one entry in a hundred is still being written. */
const DRAFT_SHARE = 0.01;

const ENGLISH_STOPWORDS = new Set('a an and are be can do does for how i if in is it me my of on or should the there to what when where which why will with you your'.split(' '));

/** Products a topic can be about: a battery question needs a device with a battery. */
const productsFor = (topic) => (topic.trait ? PRODUCTS.filter((product) => product.family.traits.includes(topic.trait)) : PRODUCTS);
const TOPIC_PRODUCTS = new Map([...PUBLIC_TOPICS, ...MEMBERS_TOPICS].map((topic) => [topic, productsFor(topic)]));

/**
 * @typedef {{ seed: number, zh: number, members: number, today: string }} CorpusOptions
 * @typedef {{ index: number, id: string, lang: 'en' | 'zh', question: string, also: string[], audience: string[],
 *   categories: string[], keywords: string[], tags: string[], products: string[], related: string[], priority: number,
 *   updated: string, draft: boolean, membersOnly: boolean, body: string, topic: { key: string, category: string, slots: string[] }, template: number,
 *   slots: Record<'en' | 'zh', Record<string, string>> }} CorpusEntry
 */

/** The first `count` entries of the corpus that `options` describe. */
export function buildEntries(count, options) {
  const earlier = new EarlierEntries();
  const entries = [];
  for (let index = 0; index < count; index++) {
    const entry = buildEntry(index, options, earlier);
    earlier.add(entry);
    entries.push(entry);
  }
  return entries;
}

/** @returns {CorpusEntry} */
function buildEntry(index, options, earlier) {
  const random = new Random(seedOf(options.seed, 'entry', index));
  const lang = random.chance(options.zh) ? 'zh' : 'en';
  const membersOnly = random.chance(options.members);
  const draft = random.chance(DRAFT_SHARE);
  const { topic, product, slots, template, question } = earlier.newQuestion(() => {
    const topic = random.pick(membersOnly ? MEMBERS_TOPICS : PUBLIC_TOPICS);
    const product = random.pick(TOPIC_PRODUCTS.get(topic));
    const slots = fillSlots(topic, product, random);
    const template = random.int(0, topic[lang].q.length - 1);
    return { topic, product, slots, template, question: fill(topic[lang].q[template], slots[lang]) };
  }, lang);
  const text = topic[lang];

  const related = earlier.relatedFor({ lang, membersOnly, topic, product }, random);
  const entry = {
    index,
    id: earlier.uniqueId(lang === 'en' ? slugOf(question) : zhIdOf(topic, product, slots)),
    lang,
    question,
    also: random.chance(0.35) ? [fill(random.pick(text.also), slots[lang])] : [],
    audience: membersOnly ? ['loyal'] : random.pick(topic.audiences),
    categories: topic.alsoCategory && random.chance(0.3) ? [topic.category, topic.alsoCategory] : [topic.category],
    keywords: keywordsFor(text, product, lang, random),
    tags: [product.family.key, topic.category.split('/').at(-1)],
    products: slots.p2 ? [product.id, slots.p2.id] : [product.id],
    related: related.map((target) => target.id),
    priority: random.int(0, 100),
    updated: daysBefore(options.today, random.int(1, 3 * 365)),
    draft,
    membersOnly,
    body: '',
    topic,
    template,
    slots,
  };
  entry.body = answerOf(entry, related, random);
  return entry;
}

/** The values a topic's templates name, in both languages, plus the product itself. */
function fillSlots(topic, product, random) {
  const en = { p: product.name.en, model: product.model, family: product.family.en, link: `[${product.name.en}](product:${product.id})` };
  const zh = { p: product.name.zh, model: product.model, family: product.family.zh, link: `[${product.name.zh}](product:${product.id})` };
  const slots = { en, zh, p2: undefined };
  for (const name of topic.slots) {
    if (name === 'p2') {
      const other = random.pick(PRODUCTS.filter((candidate) => candidate.family !== product.family));
      slots.p2 = other;
      en.p2 = other.name.en;
      zh.p2 = other.name.zh;
    } else if (name === 'days') {
      en.days = zh.days = String(random.int(3, 60));
    } else if (name === 'code') {
      en.code = zh.code = `E${random.int(10, 89)}`;
    } else if (name === 'version') {
      en.version = zh.version = `${random.int(3, 6)}.${random.int(0, 9)}.${random.int(1, 30)}`;
    } else {
      const [english, chinese] = random.pick(SLOTS[name]);
      en[name] = english;
      zh[name] = chinese;
    }
  }
  return slots;
}

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    if (values[name] === undefined) throw new Error(`template "${template}" names {${name}}, which its topic does not fill`);
    return values[name];
  });
}

/** Words a customer might type that the question may not contain: the topic's, the family's, the model's. */
function keywordsFor(text, product, lang, random) {
  const words = [...random.some(text.keywords, random.int(2, 4)), ...random.some(product.family.words[lang], random.int(0, 1))];
  if (random.chance(0.3)) words.push(product.model.toLowerCase());
  return [...new Set(words)];
}

/** `How do I return the Tempo Thermostat?` → `return-tempo-thermostat`. */
export function slugOf(question) {
  const words = question
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !ENGLISH_STOPWORDS.has(word));
  return words.slice(0, 9).join('-') || 'question';
}

/** Chinese questions have no Latin words to slug: name the topic, the product and what was filled in. */
function zhIdOf(topic, product, slots) {
  const extra = topic.slots.filter((name) => name !== 'p2').map((name) => slugOf(slots.en[name]));
  if (slots.p2) extra.push(slots.p2.id);
  return ['zh', topic.key, product.id, ...extra].filter(Boolean).join('-');
}

function daysBefore(today, days) {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const PHRASES = {
  en: {
    steps: ['Follow these steps:', 'Here is how:', 'To do it:', 'Step by step:'],
    tips: ['Good to know:', 'Also worth knowing:', 'Tips:'],
    productLine: ['The {link} page has the manual, specifications and spare parts.', 'More about the {link}, including its manual, is on its product page.', 'See the {link} page for downloads and accessories.'],
    seeAlso: ['See also: {faq}.', 'Related: {faq}.', 'If that did not help, read {faq}.'],
    closing: ['Still stuck? Use the contact options at the bottom of this page and quote the model name.', 'If none of this works, chat with us from the Hollis app under **Help**.', ''],
  },
  zh: {
    steps: ['操作步骤：', '具体方法：', '按以下步骤操作：'],
    tips: ['补充说明：', '注意事项：', '小提示：'],
    productLine: ['说明书、参数和配件请查看{link}页面。', '{link}的产品页面提供说明书下载。', '更多信息见{link}页面。'],
    seeAlso: ['另请参阅：{faq}。', '相关问题：{faq}。', '如果仍未解决，请看{faq}。'],
    closing: ['仍然无法解决？请使用页面底部的联系方式，并说明设备型号。', '也可以在 Hollis App 的**帮助**中在线咨询客服。', ''],
  },
};

/** The answer in Markdown: an opening paragraph, steps, tips, a product link and sometimes a link to a related entry. */
function answerOf(entry, related, random) {
  const text = entry.topic[entry.lang];
  const phrases = PHRASES[entry.lang];
  const values = entry.slots[entry.lang];
  const blocks = [fill(random.pick(text.intro), values)];
  const steps = random.some(text.steps, random.int(3, text.steps.length)).map((step, number) => `${number + 1}. ${fill(step, values)}`);
  const tips = random.some(text.tips, random.int(0, Math.min(2, text.tips.length))).map((tip) => fill(tip, values));
  const stepBlock = `${random.pick(phrases.steps)}\n\n${steps.join('\n')}`;
  const tipBlock = tips.length > 1 ? `${random.pick(phrases.tips)}\n\n${tips.map((tip) => `- ${tip}`).join('\n')}` : tips[0];
  if (random.chance(0.8)) blocks.push(stepBlock);
  if (tipBlock) blocks.push(tipBlock);
  if (!blocks.some((block) => block.includes('](product:'))) blocks.push(fill(random.pick(phrases.productLine), values));
  if (related.length && random.chance(0.4)) {
    const target = random.pick(related);
    blocks.push(fill(random.pick(phrases.seeAlso), { faq: `[${target.question.replace(/[[\]]/g, '')}](faq:${target.id})` }));
  }
  const closing = random.pick(phrases.closing);
  if (closing) blocks.push(closing);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * What entry i may point at: earlier entries that will be published (no
 * drafts), in the same language; a public entry only at public ones, so its
 * page reveals nothing members-only.
 */
class EarlierEntries {
  constructor() {
    this.ids = new Set();
    this.questions = new Set();
    this.pools = new Map();
  }

  /**
   * Draws until the question is one no earlier entry asks, so that a query
   * has one right answer; after a few tries a repeat is kept rather than
   * looping, which only happens far beyond 10,000 entries.
   */
  newQuestion(draw, lang) {
    let drawn;
    for (let attempt = 0; attempt < 12; attempt++) {
      drawn = draw();
      if (!this.questions.has(`${lang}:${drawn.question}`)) break;
    }
    this.questions.add(`${lang}:${drawn.question}`);
    return drawn;
  }

  uniqueId(base) {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  add(entry) {
    if (entry.draft) return;
    const visibility = entry.membersOnly ? 'members' : 'public';
    for (const key of [`${entry.lang}:${visibility}`, `${entry.lang}:${visibility}:topic:${entry.topic.key}`, `${entry.lang}:${visibility}:product:${entry.products[0]}`]) {
      if (!this.pools.has(key)) this.pools.set(key, []);
      this.pools.get(key).push(entry);
    }
  }

  relatedFor({ lang, membersOnly, topic, product }, random) {
    const wanted = random.pick([0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    const chosen = new Map();
    for (let attempt = 0; attempt < wanted * 3 && chosen.size < wanted; attempt++) {
      const visibility = membersOnly && random.chance(0.7) ? 'members' : 'public';
      const roll = random.next();
      const key = roll < 0.5 ? `${lang}:${visibility}:topic:${topic.key}` : roll < 0.8 ? `${lang}:${visibility}:product:${product.id}` : `${lang}:${visibility}`;
      const pool = this.pools.get(key);
      if (!pool?.length) continue;
      // Recent entries more often than old ones, as editors link what they just wrote about.
      const target = pool[Math.floor(pool.length * Math.sqrt(random.next()))];
      chosen.set(target.id, target);
    }
    return [...chosen.values()];
  }
}
