import fs from 'node:fs';
import path from 'node:path';
import { validateYaml } from './yaml-source.ts';
import { CategoriesSchema, CategorySchema, ProductSchema, ProductsSchema, SiteSchema } from './schema.ts';
import { createEntryLocator, readEntry } from './entry-file.ts';
import { buildCategoryTree } from './category-tree.ts';
import { parseSynonyms } from './synonyms.ts';
import { crossCheck, type AnswerDrafts } from './cross-check.ts';
import { substituteVars } from './vars.ts';
import { createPictureFinder } from './local-images.ts';
import { normalizeSite, validPartOfSite } from './site-settings.ts';
import { createFileDates } from './file-dates.ts';
import { contentFileLabel, kindOf, listMarkdownFiles, readUtf8File, readYamlFile, type ContentFiles } from './content-files.ts';
import { unknownKeyWarnings } from './unknown-keys.ts';
import { languagesWithoutEntries, publishedLanguages, repeatedLanguages } from './site-languages.ts';
import { readInterfaceTexts } from './interface-text.ts';
import type { z, ZodType } from 'zod';
import type { Content, Entry, Problem, SiteSettings, WrittenCategory } from './types.ts';

export { createEntryLocator, entrySource, readEntry } from './entry-file.ts';

export interface LoadOptions {
  /** Drafts are shown while editing and left out of production builds. */
  includeDrafts: boolean;
  /** Keep every answer rendered from the tokens its checks read (`answers`), for `buildSite`: a build then parses each answer once. */
  renderAnswers?: boolean;
}

export interface LoadResult {
  /** Present when the files could be read at all; check `problems` for errors. */
  content?: Content;
  problems: Problem[];
  /** With `renderAnswers`: each entry's answer, rendered but for its links to other pages (`buildSite` resolves them). */
  answers?: AnswerDrafts;
}

/** What the steps share: the folder, the content read so far, and every problem found so far. */
interface LoadState extends ContentFiles {
  options: LoadOptions;
  content: Content;
  /** False when site.yaml could not be read, so entries are not blamed for languages it would have named. */
  siteFileRead: boolean;
  /** False when site.yaml's `vars:` could not be read, so entries are not blamed for names it would have defined. */
  varsRead: boolean;
  /** The line of site.yaml's `languages:`, for what is said about the site's languages; read only when a message needs it. */
  languagesLine: () => number | undefined;
  answers?: AnswerDrafts;
  /** Entry files the content leaves out, which other entries may still name (see `crossCheck`). */
  leftOut: { drafts: Entry[]; withMistakes: Set<string>; salvaged: Entry[]; brokenCategories: Set<string>; brokenProducts: Set<string> };
}

/** One part of loading: reads what it needs from the state, then adds its part of the content and its problems. */
type LoadStep = (state: LoadState) => void;

/**
 * Loading, in order. Site settings come first because entries need the
 * site's languages and members-only audiences; the cross-check comes last
 * because it compares everything the other steps read.
 */
const LOAD_STEPS: readonly LoadStep[] = [
  readSiteSettings,
  readInterfaceText,
  readCategories,
  readProducts,
  readSynonyms,
  readEntries,
  // Before the cross-check, so answers' links and images are checked as they will be rendered.
  putVarsInPlace,
  checkCrossReferences,
  // Last: the checks read the languages as written, and a build then leaves out those with nothing published.
  checkLanguagesHaveEntries,
];

/**
 * Reads a content folder, validates every file and every cross-reference, and
 * reports every problem at once so an editor fixes them in one pass.
 */
export function loadContent(dir: string, options: LoadOptions): LoadResult {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    return {
      problems: [{ file: dir, message: 'the content folder does not exist', hint: 'point CONTENT_DIR at your content folder, or start one there with `npm run new -- --site "Your Help Center"`', severity: 'error' }],
    };
  }
  const state: LoadState = {
    root,
    label: (file) => contentFileLabel(root, file),
    problems: [],
    options,
    content: { dir: root, site: normalizeSite(undefined), categories: [], products: [], entries: [], synonyms: [] },
    siteFileRead: false,
    varsRead: false,
    languagesLine: () => undefined,
    leftOut: { drafts: [], withMistakes: new Set(), salvaged: [], brokenCategories: new Set(), brokenProducts: new Set() },
    ...(options.renderAnswers ? { answers: new Map() } : {}),
  };
  for (const step of LOAD_STEPS) step(state);
  return { content: state.content, problems: state.problems, ...(state.answers ? { answers: state.answers } : {}) };
}

/**
 * site.yaml's settings, read on their own: what a build must know before the
 * content is loaded, such as the site's address. Its mistakes are not
 * reported here but by `loadContent`, which reads it the same way.
 */
export function readSiteSettingsAlone(dir: string): SiteSettings {
  const root = path.resolve(dir);
  const files: ContentFiles = { root, label: (file) => contentFileLabel(root, file), problems: [] };
  if (!fs.existsSync(root)) return normalizeSite(undefined);
  return siteSettingsIn(files).site;
}

function siteSettingsIn(files: ContentFiles) {
  const file = readYamlFile(files, 'site.yaml');
  const result = file ? validateYaml(file, SiteSchema, files.label('site.yaml')) : undefined;
  // A site.yaml with mistakes still lends its valid settings, so the rest is checked against them.
  return { file, result, site: normalizeSite(result?.data ?? validPartOfSite(file?.value)) };
}

function readSiteSettings(state: LoadState): void {
  const { file, result, site } = siteSettingsIn(state);
  state.problems.push(...(result?.problems ?? []), ...(file ? unknownKeyWarnings(SiteSchema, file, state.label('site.yaml')) : []));
  state.content.site = site;
  state.siteFileRead = file !== undefined;
  state.languagesLine = () => file?.lineOf(['languages']);
  const languages = result?.data?.languages;
  if (languages) state.problems.push(...repeatedLanguages(languages, state.content.site.defaultLang, state.label('site.yaml'), (index) => file?.lineOf(['languages', index])));
  const written = file?.value as { vars?: unknown; app?: { icon?: unknown } } | null | undefined;
  state.varsRead = state.siteFileRead && SiteSchema.shape.vars.safeParse(typeof written === 'object' ? written?.vars : undefined).success;
  // Read from the file as written too: a wrong colour beside it must not hide a wrong icon until the next run.
  const icon = state.content.site.app.icon ?? (typeof written?.app?.icon === 'string' ? written.app.icon : undefined);
  if (icon) readAppIcon(state, icon, file?.lineOf(['app', 'icon']));
}

/** The smallest icon Chrome's install prompt and splash screen ask for. */
export const APP_ICON_MIN_SIZE = 512;

function readAppIcon(state: LoadState, icon: string, line: number | undefined): void {
  const report = (message: string, hint: string): void => {
    state.problems.push({ file: state.label('site.yaml'), line, message: `app.icon: ${message}`, hint, severity: 'error' });
  };
  const found = createPictureFinder(state.root).find(icon, 'site.yaml');
  if ('problem' in found) return report(found.problem.message, found.problem.hint);
  const { width, height } = found.image;
  if (width !== height) return report(`the icon "${icon}" is ${width}×${height} pixels, not square`, 'crop it to a square: phones show home-screen icons in a square or a circle');
  if (width < APP_ICON_MIN_SIZE) return report(`the icon "${icon}" is ${width}×${height} pixels, smaller than ${APP_ICON_MIN_SIZE}×${APP_ICON_MIN_SIZE}`, `export it at ${APP_ICON_MIN_SIZE}×${APP_ICON_MIN_SIZE} pixels or more, so phones show it sharp`);
  state.content.appIcon = found.image;
}

function readInterfaceText(state: LoadState): void {
  const result = readInterfaceTexts(state, state.content.site, state.languagesLine);
  state.problems.push(...result.problems);
  state.content.interfaceText = result.texts;
}

function readCategories(state: LoadState): void {
  const file = readYamlFile(state, 'categories.yaml');
  const result = file ? validateYaml(file, CategoriesSchema, state.label('categories.yaml')) : undefined;
  state.problems.push(...(result?.problems ?? []), ...(file ? unknownKeyWarnings(CategoriesSchema, file, state.label('categories.yaml')) : []));
  // A catalogue with mistakes still lends its valid categories, so entries filed under them are not all reported too.
  const tree = buildCategoryTree(result?.data ?? validCategories(file?.value, state.leftOut.brokenCategories), file, state.label('categories.yaml'));
  state.problems.push(...tree.problems);
  state.content.categories = tree.categories;
}

function readProducts(state: LoadState): void {
  const file = readYamlFile(state, 'products.yaml', { optional: true });
  const result = file ? validateYaml(file, ProductsSchema, state.label('products.yaml')) : undefined;
  state.problems.push(...(result?.problems ?? []), ...(file ? unknownKeyWarnings(ProductsSchema, file, state.label('products.yaml')) : []));
  // As with categories: one broken product does not make every entry that names another one wrong.
  state.content.products = result?.data ?? validItems(ProductSchema, file?.value);
  // Read from the file as written: a product with a mistake still holds its id.
  const seen = new Set<string>();
  (Array.isArray(file?.value) ? (file.value as unknown[]) : []).forEach((item, index) => {
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    if (!ProductSchema.safeParse(item).success) state.leftOut.brokenProducts.add(id);
    if (seen.has(id)) {
      state.problems.push({ file: state.label('products.yaml'), line: file?.lineOf([index, 'id']), message: `product "${id}" is defined twice`, hint: 'give each product its own id', severity: 'error' });
    }
    seen.add(id);
  });
}

/** The items of a list that are valid on their own. */
function validItems<T extends ZodType>(schema: T, value: unknown): z.output<T>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The valid categories of a catalogue with mistakes, each at its written
 * index (the others left as holes, which the tree skips), so problems found
 * later still point at the right lines. A broken category's children go with
 * it; its path, when its id can be read, goes to `broken`, so that entries
 * filed under it are not reported as well.
 */
function validCategories(value: unknown, broken: Set<string>, parentPath = ''): WrittenCategory[] {
  const valid: WrittenCategory[] = [];
  if (!Array.isArray(value)) return valid;
  value.forEach((item, index) => {
    if (item === null || typeof item !== 'object') return;
    const { children, ...category } = item as { children?: unknown; id?: unknown };
    const path = typeof category.id === 'string' ? `${parentPath}${category.id}` : undefined;
    const parsed = CategorySchema.safeParse(category);
    if (parsed.success) valid[index] = { ...parsed.data, children: validCategories(children, broken, `${path}/`) };
    else if (path) broken.add(path);
  });
  return valid;
}

function readSynonyms(state: LoadState): void {
  const file = readYamlFile(state, 'synonyms.yaml', { optional: true });
  if (!file) return;
  const synonyms = parseSynonyms(file, state.label('synonyms.yaml'));
  state.problems.push(...synonyms.problems);
  state.content.synonyms = synonyms.groups;
}

function readEntries(state: LoadState): void {
  const faqKind = kindOf(state, 'faq');
  const entryFiles = faqKind === 'folder' ? listMarkdownFiles(state, 'faq') : [];
  if (entryFiles.length === 0 && faqKind !== 'reported') {
    const category = state.content.categories[0]?.id ?? '<a category id>';
    state.problems.push({ file: state.label('faq'), message: 'there are no entries', hint: `add one Markdown file per question under faq/: \`npm run new -- "How do I …?" --category ${category} --audience new\` writes one`, severity: 'error' });
  }
  const fileDate = createFileDates(state.root);
  for (const relative of entryFiles) {
    const entry = readEntry(readUtf8File(state, relative), relative, state.label(relative), state.content.site, state.problems, (salvaged) => state.leftOut.salvaged.push(salvaged));
    if (!entry) {
      // Its mistakes are reported; an entry naming it is not blamed as well.
      state.leftOut.withMistakes.add(relative);
      continue;
    }
    if (!state.options.includeDrafts && entry.draft) {
      state.leftOut.drafts.push(entry);
      continue;
    }
    if (!entry.updated) {
      entry.updated = fileDate(relative);
      entry.updatedFromFile = true;
    }
    state.content.entries.push(entry);
  }
}

function checkLanguagesHaveEntries(state: LoadState): void {
  // Without site.yaml the languages are unknown; an entry file with mistakes may be the one a language has.
  if (!state.siteFileRead || state.leftOut.withMistakes.size > 0) return;
  const { site, entries } = state.content;
  const building = !state.options.includeDrafts;
  if (entries.length + state.leftOut.drafts.length === 0) return;
  state.problems.push(...languagesWithoutEntries(site, [...entries, ...state.leftOut.drafts], state.label('site.yaml'), state.languagesLine(), { building }));
  // Every output reads the site's languages from here: a language left out has no pages, no switch link, no index.
  if (building) state.content.site = { ...site, languages: publishedLanguages(site, entries) };
}

function putVarsInPlace(state: LoadState): void {
  const result = substituteVars(state.content.entries, state.content.site, createEntryLocator(state.root), state.varsRead);
  state.content.entries = result.entries;
  state.content.varUses = result.uses;
  state.problems.push(...result.problems);
}

function checkCrossReferences(state: LoadState): void {
  const pictures = createPictureFinder(state.root);
  state.problems.push(...crossCheck(state.content, state.label, createEntryLocator(state.root), { languagesKnown: state.siteFileRead, pictures, answers: state.answers, leftOut: state.leftOut }));
  state.content.images = pictures.images;
}
