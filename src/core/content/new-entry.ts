import { pinyin } from 'pinyin-pro';
import { idFromQuestion } from './id-from-text.ts';
import { yamlScalar } from './yaml-scalar.ts';
import { flattenCategories } from './category-tree.ts';
import { AUDIENCES } from './schema.ts';
import { findLikelyDuplicates } from '../lint/duplicates.ts';
import type { Audience, Content, Entry } from './types.ts';

interface NewEntryRequest {
  question: string;
  category: string;
  audience: string[];
  lang?: string;
  id?: string;
  products?: string[];
  today: string;
}

type NewEntryResult =
  | {
      ok: true;
      id: string;
      relativePath: string;
      text: string;
      /** Entries of the language whose questions read like this one: it may be asked already. */
      similar: Entry[];
    }
  | { ok: false; problems: string[] };

/** A correctly named entry file with its front matter filled in, checked against the content it joins. */
export function createEntryFile(content: Content, request: NewEntryRequest): NewEntryResult {
  const problems: string[] = [];
  const question = request.question.trim();
  if (!question) problems.push('the question is empty — write it as the customer would ask it, in quotes');
  const lang = request.lang ?? content.site.defaultLang;
  if (!content.site.languages.includes(lang)) problems.push(`language "${lang}" is not in site.yaml — use one of ${content.site.languages.join(', ')}`);
  const categories = flattenCategories(content.categories).map((category) => category.path);
  if (!categories.includes(request.category)) problems.push(`unknown category "${request.category}" — use one of ${categories.join(', ')}`);
  const audience = request.audience.filter(Boolean);
  const unknownAudience = audience.filter((item) => !(AUDIENCES as readonly string[]).includes(item));
  if (audience.length === 0) problems.push(`--audience is missing — give one or more of ${AUDIENCES.join(', ')}, as --audience new`);
  else if (unknownAudience.length) problems.push(`unknown audience "${unknownAudience.join(', ')}" — use one or more of ${AUDIENCES.join(', ')}`);
  const knownProducts = new Set(content.products.map((product) => product.id));
  for (const product of request.products ?? []) if (!knownProducts.has(product)) problems.push(`unknown product "${product}" — use an id from products.yaml`);
  const id = request.id ?? idFromWords(question, lang);
  if (!id) problems.push('no id can be made from this question — give one with --id, e.g. --id reset-password');
  else if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`"${id}" is not a valid id — use lowercase letters, digits and dashes`);
  else if (id === 'readme') problems.push('"readme" cannot be an id: a folder\'s README.md is notes for editors, not an entry — choose another --id');
  else {
    const taken = content.entries.find((entry) => entry.id === id && entry.lang === lang);
    if (taken) problems.push(`an entry with id "${id}" already exists in ${lang}, ${taken.file} — add this wording to its \`also:\` if it asks the same, or choose another --id`);
  }
  if (problems.length) return { ok: false, problems };

  const folder = [lang === content.site.defaultLang ? '' : lang, request.category].filter(Boolean).join('/');
  const list = (items: readonly string[]) => `[${items.map(yamlScalar).join(', ')}]`;
  const lines = [
    '---',
    ...(request.id ? [`id: ${id}`] : []),
    `question: ${yamlScalar(question)}`,
    'also: []',
    `audience: ${list(audience as Audience[])}`,
    `category: ${request.category}`,
    'keywords: []',
    ...(request.products?.length ? [`products: ${list(request.products)}`] : []),
    'related: []',
    'priority: 0',
    `updated: ${request.today}`,
    ...(lang === content.site.defaultLang ? [] : [`lang: ${lang}`]),
    'draft: true',
    '---',
    '',
  ];
  return { ok: true, id: id!, relativePath: `faq/${folder}/${id}.md`, text: lines.join('\n'), similar: similarQuestions(content, question, lang, request.products ?? []) };
}

/** The entries `npm run check` would call a likely duplicate of this question, as it will be written. */
function similarQuestions(content: Content, question: string, lang: string, products: readonly string[]): Entry[] {
  const written = { question, lang, products } as Entry;
  const entries = content.entries.filter((entry) => entry.lang === lang);
  return findLikelyDuplicates([...entries, written]).flatMap(([first, second]) => (second === written ? [first] : first === written ? [second] : []));
}


/**
 * A Chinese question's id in pinyin (`如何退货？` → `ru-he-tui-huo`), which its
 * editors read, where its Latin letters alone (`如何设置 Wi-Fi？` → `wi-fi`)
 * would name something else. Other questions keep their own words.
 */
function idFromWords(question: string, lang: string): string {
  if (!lang.toLowerCase().startsWith('zh') || !/\p{Script=Han}/u.test(question)) return idFromQuestion(question);
  return idFromQuestion(pinyin(question, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' '));
}

