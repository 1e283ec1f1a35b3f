/**
 * Writes the corpus in the content format (docs/content-format.md): YAML for
 * the catalogue, one Markdown file with front matter per entry.
 */
import { CATEGORIES, PRODUCTS, SITE_YAML, SYNONYMS } from './catalogue.mjs';

/** Plain YAML when it reads back as the same string, JSON-quoted (valid YAML) otherwise. */
export function yamlText(value, { inFlow = false } = {}) {
  const text = String(value);
  const risky =
    text === '' ||
    text !== text.trim() ||
    /^[-?:,[\]{}#&*!|>'"%@`~]/.test(text) ||
    /: |:$| #/.test(text) ||
    (inFlow && /[,[\]{}]/.test(text)) ||
    /^(true|false|yes|no|on|off|null|~)$/i.test(text) ||
    /^[-+.]?\d/.test(text);
  return risky ? JSON.stringify(text) : text;
}

const flowList = (items) => `[${items.map((item) => yamlText(item, { inFlow: true })).join(', ')}]`;
const localized = (map) => `{ ${Object.entries(map).map(([lang, text]) => `${lang}: ${yamlText(text, { inFlow: true })}`).join(', ')} }`;

export function entryFile(entry) {
  const lines = ['---', `question: ${yamlText(entry.question)}`];
  if (entry.also.length) lines.push(`also: ${flowList(entry.also)}`);
  lines.push(
    `audience: ${flowList(entry.audience)}`,
    `category: ${entry.categories.length === 1 ? entry.categories[0] : flowList(entry.categories)}`,
    `keywords: ${flowList(entry.keywords)}`,
    `tags: ${flowList(entry.tags)}`,
    `products: ${flowList(entry.products)}`,
    `related: ${flowList(entry.related)}`,
    `priority: ${entry.priority}`,
    `updated: ${entry.updated}`,
    `lang: ${entry.lang}`,
  );
  if (entry.draft) lines.push('draft: true');
  lines.push('---', '');
  return `${lines.join('\n')}${entry.body}`;
}

/** faq/<top>/<child>/<id>.md: ids are unique, so no two entries share a file. */
export function entryPath(entry) {
  return `faq/${entry.categories[0].split('/').slice(0, 2).join('/')}/${entry.id}.md`;
}

export function categoriesFile() {
  const lines = [];
  const write = (categories, indent) => {
    for (const category of categories) {
      lines.push(`${indent}- id: ${category.id}`, `${indent}  title: ${localized({ en: category.en, zh: category.zh })}`);
      if (category.description) lines.push(`${indent}  description: ${localized(category.description)}`);
      if (category.children) {
        lines.push(`${indent}  children:`);
        write(category.children, `${indent}    `);
      }
    }
  };
  write(CATEGORIES, '');
  return `${lines.join('\n')}\n`;
}

export function productsFile() {
  return PRODUCTS.map((product) =>
    [`- id: ${product.id}`, `  name: ${localized(product.name)}`, `  url: https://hollis-home.example/products/${product.id}`, `  description: ${localized(product.description)}`].join('\n'),
  ).join('\n').concat('\n');
}

export function synonymsFile() {
  return SYNONYMS.map((group) => `- ${flowList(group)}`).join('\n').concat('\n');
}

export function siteFile() {
  return SITE_YAML;
}
