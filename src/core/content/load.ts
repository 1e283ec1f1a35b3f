import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { parseYamlSource, validateYaml, zodProblems, type YamlSource } from './yaml-source.ts';
import { CategoriesSchema, EntryFrontMatterSchema, IdSchema, ProductsSchema, SiteSchema, type EntryFrontMatter } from './schema.ts';
import { idFromQuestion } from './new-entry.ts';
import { buildCategoryTree } from './category-tree.ts';
import { parseSynonyms } from './synonyms.ts';
import { crossCheck } from './cross-check.ts';
import { normalizeSite, validPartOfSite } from './site-settings.ts';
import { createFileDates } from './file-dates.ts';
import { kindOf, listMarkdownFiles, readUtf8File, type ContentFiles } from './content-files.ts';
import { withinOneEdit } from '../edit-distance.ts';
import type { Content, Entry, Problem, SiteSettings } from './types.ts';

export interface LoadOptions {
  /** Drafts are shown while editing and left out of production builds. */
  includeDrafts: boolean;
}

export interface LoadResult {
  /** Present when the files could be read at all; check `problems` for errors. */
  content?: Content;
  problems: Problem[];
}

/**
 * Reads a content folder, validates every file and every cross-reference, and
 * reports every problem at once so an editor fixes them in one pass.
 */
export function loadContent(dir: string, options: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    return {
      problems: [{ file: dir, message: 'the content folder does not exist', hint: 'create it, or point CONTENT_DIR at your content folder', severity: 'error' }],
    };
  }
  const label = (file: string) => path.relative(process.cwd(), path.join(root, file)) || file;
  const files: ContentFiles = { root, label, problems };

  const siteFile = readYamlFile(files, 'site.yaml');
  const siteResult = siteFile ? validateYaml(siteFile, SiteSchema, label('site.yaml')) : undefined;
  problems.push(...(siteResult?.problems ?? []));
  const site: SiteSettings = normalizeSite(siteResult?.data ?? validPartOfSite(siteFile?.value));

  const categoriesFile = readYamlFile(files, 'categories.yaml');
  const categoriesResult = categoriesFile ? validateYaml(categoriesFile, CategoriesSchema, label('categories.yaml')) : undefined;
  problems.push(...(categoriesResult?.problems ?? []));
  const tree = buildCategoryTree(categoriesResult?.data ?? [], categoriesFile, label('categories.yaml'));
  problems.push(...tree.problems);

  const productsFile = readYamlFile(files, 'products.yaml', { optional: true });
  const productsResult = productsFile ? validateYaml(productsFile, ProductsSchema, label('products.yaml')) : undefined;
  problems.push(...(productsResult?.problems ?? []));
  const products = productsResult?.data ?? [];

  const synonymsFile = readYamlFile(files, 'synonyms.yaml', { optional: true });
  const synonyms = synonymsFile ? parseSynonyms(synonymsFile, label('synonyms.yaml')) : { groups: [], problems: [] };
  problems.push(...synonyms.problems);

  const faqKind = kindOf(files, 'faq');
  const entryFiles = faqKind === 'folder' ? listMarkdownFiles(files, 'faq') : [];
  if (entryFiles.length === 0 && faqKind !== 'reported') {
    problems.push({ file: label('faq'), message: 'there are no entries', hint: 'add one Markdown file per question under faq/', severity: 'error' });
  }
  const entries: Entry[] = [];
  const fileDate = createFileDates(root);
  for (const relative of entryFiles) {
    const entry = readEntry(readUtf8File(files, relative), relative, label(relative), site, problems);
    if (!entry || (!options.includeDrafts && entry.draft)) continue;
    if (!entry.updated) entry.updated = fileDate(relative);
    entries.push(entry);
  }

  const content: Content = {
    dir: root,
    site,
    categories: tree.categories,
    products,
    entries,
    synonyms: synonyms.groups,
  };
  problems.push(...crossCheck(content, label, createEntryLocator(root), siteFile !== undefined));
  return { content, problems };
}

function readYamlFile(files: ContentFiles, name: string, { optional = false } = {}): YamlSource | undefined {
  const kind = kindOf(files, name);
  if (kind === 'missing' && !optional) {
    files.problems.push({ file: files.label(name), message: `${name} is missing`, hint: 'every content folder needs it; see the content format in the README', severity: 'error' });
  }
  if (kind === 'folder') {
    files.problems.push({ file: files.label(name), message: `${name} is a folder`, hint: `replace it with the ${name} file; see the content format in the README`, severity: 'error' });
  }
  if (kind !== 'file') return undefined;
  const source = parseYamlSource(readUtf8File(files, name), files.label(name));
  files.problems.push(...source.problems);
  return source.problems.length ? undefined : source;
}

/**
 * One entry file: gray-matter's fast YAML reader on the happy path; the file is
 * parsed again with positions only when something is wrong, to name the line.
 */
export function readEntry(text: string, file: string, fileLabel: string, site: SiteSettings, problems: Problem[]): Entry | undefined {
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    problems.push({ file: fileLabel, line: 1, message: 'the front matter is missing', hint: 'start the file with a --- line, then question, audience and category, then another --- line', severity: 'error' });
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would otherwise keep every file in memory.
    parsed = matter(text, { engines: { yaml: parseFrontMatterYaml } });
  } catch {
    const source = entrySource(text, fileLabel);
    problems.push(...(source.problems.length ? source.problems : [{ file: fileLabel, line: 1, message: 'the front matter is not valid YAML', severity: 'error' as const }]));
    return undefined;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push({ file: fileLabel, line: 2, message: 'the front matter is not a map of keys', hint: 'write one `key: value` per line between the --- lines', severity: 'error' });
    return undefined;
  }
  // js-yaml shares aliased values instead of copying them, so only the positional parser notices an alias bomb.
  if (parsed.matter.includes('*')) {
    const aliasProblems = entrySource(text, fileLabel).problems;
    if (aliasProblems.length) {
      problems.push(...aliasProblems);
      return undefined;
    }
  }
  warnUnknownKeys(parsed.data as Record<string, unknown>, text, fileLabel, problems);
  const result = EntryFrontMatterSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(result.error, entrySource(text, fileLabel), fileLabel));
    return undefined;
  }
  const data = result.data;
  const id = data.id ?? idFromFileName(file, data.question, fileLabel, problems);
  if (id === undefined) return undefined;
  reportRepeats(data, text, fileLabel, problems);
  const bodyStart = text.length - parsed.content.length;
  const lang = data.lang ?? site.defaultLang;
  return {
    id,
    lang,
    question: data.question,
    also: data.also,
    audience: [...new Set(data.audience)],
    categories: [...new Set(data.category.map(categoryPath))],
    keywords: data.keywords,
    tags: data.tags,
    products: [...new Set(data.products)],
    related: [...new Set(data.related)],
    priority: data.priority,
    updated: data.updated,
    draft: data.draft,
    membersOnly: data.audience.every((audience) => site.gate.audiences.includes(audience)),
    body: parsed.content,
    file: fileLabel,
    sourcePath: file,
    bodyLine: text.slice(0, bodyStart).split('\n').length,
  };
}

/** The file name is the id unless `id:` says otherwise, so it must follow the same rule: `..md` would become `/q/../`. */
function idFromFileName(file: string, question: string, fileLabel: string, problems: Problem[]): string | undefined {
  const name = path.posix.basename(file);
  const id = path.posix.basename(file, '.md');
  const result = IdSchema.safeParse(id);
  if (result.success) return id;
  const suggestion = idFromQuestion(question);
  problems.push({
    file: fileLabel,
    message: `the file name "${name}" cannot be the entry's id, which must be ${result.error.issues[0]?.message ?? 'lowercase letters, digits and dashes'}`,
    hint: `rename the file${suggestion ? `, for example to ${suggestion}.md` : ''} (the name becomes the page's address), or set \`id:\` in the front matter`,
    severity: 'error',
  });
  return undefined;
}

/** `/orders/returns/` and `orders/returns` name the same category. */
function categoryPath(written: string): string {
  return written.replace(/^\/+|\/+$/g, '');
}

const LISTS_WITHOUT_REPEATS = [
  ['related', 'related entry'],
  ['products', 'product'],
  ['category', 'category'],
  ['audience', 'audience'],
] as const;

/**
 * A value listed twice is a slip (often a bad merge), and a list repeated
 * thousands of times would be rendered thousands of times: report each repeated
 * value once, at its first repeat, and keep one of each.
 */
function reportRepeats(data: EntryFrontMatter, text: string, fileLabel: string, problems: Problem[]): void {
  let source: YamlSource | undefined;
  for (const [field, noun] of LISTS_WITHOUT_REPEATS) {
    const values: string[] = field === 'category' ? data.category.map(categoryPath) : data[field];
    if (new Set(values).size === values.length) continue;
    const repeats = new Map<string, { firstRepeat: number; count: number }>();
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (!seen.has(value)) return void seen.add(value);
      const repeat = repeats.get(value);
      if (repeat) repeat.count++;
      else repeats.set(value, { firstRepeat: index, count: 2 });
    });
    source ??= entrySource(text, fileLabel);
    for (const [value, { firstRepeat, count }] of repeats) {
      problems.push({
        file: fileLabel,
        line: source.lineOf([field, firstRepeat]),
        message: `${noun} "${value}" is listed ${count === 2 ? 'twice' : `${count} times`} in \`${field}\``,
        hint: 'list it once',
        severity: 'error',
      });
    }
  }
}

const KNOWN_KEYS = Object.keys(EntryFrontMatterSchema.shape);

/** A misspelt key (`keywrods:`) would be silently ignored: say so, without failing, since sites may add fields of their own. */
function warnUnknownKeys(data: Record<string, unknown>, text: string, fileLabel: string, problems: Problem[]): void {
  const unknown = Object.keys(data).filter((key) => !KNOWN_KEYS.includes(key));
  if (!unknown.length) return;
  const source = entrySource(text, fileLabel);
  for (const key of unknown) {
    // One letter wrong, missing, added, or two swapped: enough to catch a typo.
    const close = KNOWN_KEYS.find((known) => withinOneEdit(known, key));
    problems.push({
      file: fileLabel,
      line: source.lineOf([key]),
      message: `unknown key \`${key}\` is ignored`,
      hint: close ? `did you mean \`${close}\`?` : `the keys an entry understands are ${KNOWN_KEYS.join(', ')}`,
      severity: 'warning',
    });
  }
}

/**
 * YAML 1.2's core schema: `2026-13-45` stays text for the date check to reject,
 * instead of silently becoming a date in another year.
 */
function parseFrontMatterYaml(text: string): object {
  return (jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? {}) as object;
}

/** The front matter with positions: its first line is the rest of the opening `---` line. */
export function entrySource(text: string, fileLabel: string): YamlSource {
  const match = /^\uFEFF?---[^\n]*\n([\s\S]*?)(?:^---\s*$|(?![\s\S]))/m.exec(text);
  return parseYamlSource(match?.[1] ?? '', fileLabel, 1);
}

/** Finds the line of a front-matter key (`related[1]`) by parsing the file again; only used for messages. */
export function createEntryLocator(root: string): (entry: Entry, field: readonly PropertyKey[]) => number | undefined {
  const sources = new Map<string, YamlSource>();
  return (entry, field) => {
    let source = sources.get(entry.file);
    if (!source) {
      const file = path.join(root, entry.sourcePath);
      source = entrySource(fs.readFileSync(file, 'utf8'), entry.file);
      sources.set(entry.file, source);
    }
    return source.lineOf(field);
  };
}
