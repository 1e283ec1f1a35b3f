import { flattenCategories } from './category-tree.ts';
import { idFromQuestion } from './id-from-text.ts';
import { editDistance } from '../edit-distance.ts';
import { answerProblems, entryFilePath, revealsMembersOnly } from './check-answers.ts';
import { posix } from 'node:path';
import { createPictureFinder, picturesOfEntry } from './local-images.ts';
import { createAnswerReader, type AnswerDraft } from '../markdown/answer-reader.ts';
import { interfaceOf } from './interface-text.ts';
import type { Content, Entry, Problem } from './types.ts';

/** Each entry's answer as it was read for the checks, rendered from the same tokens; see `crossCheck`. */
export type AnswerDrafts = Map<Entry, AnswerDraft>;

/** Entry files a production build leaves out, which other entries may still name. */
export interface LeftOutEntries {
  /** Drafts (`draft: true`), left out of production builds. */
  drafts: readonly Entry[];
  /** Entry files with mistakes of their own, already reported, from the content folder (`faq/orders/refund-timing.md`). */
  withMistakes: ReadonlySet<string>;
  /** Those of them read without the keys in error (stand-ins for the required ones): the names their other keys give, and their answers, are checked too. */
  salvaged?: readonly Entry[];
  /** The paths of categories with mistakes of their own, already reported: entries filed under them or below are not blamed too. */
  brokenCategories?: ReadonlySet<string>;
  /** The ids of products with mistakes of their own, already reported: entries naming them are not blamed too. */
  brokenProducts?: ReadonlySet<string>;
}

export interface CrossCheckOptions {
  /** False when site.yaml could not be read: its languages are then unknown, and every entry's language would look wrong. */
  languagesKnown?: boolean;
  /** Reads the pictures answers name; pass one to learn which files they were (`images`). */
  pictures?: ReturnType<typeof createPictureFinder>;
  /**
   * Given, it receives every answer rendered from the tokens its checks read,
   * so a build parses each answer once (`buildSite` takes them); left out,
   * answers are only scanned, as `npm run check` needs.
   */
  answers?: AnswerDrafts;
  leftOut?: LeftOutEntries;
}

/**
 * Checks what no single file can: that categories, products, languages,
 * related entries and the entries and products an answer links to exist,
 * that ids are unique per language, and that nothing public reveals a
 * members-only entry. Every content check ends here: rendering assumes it passed.
 */
export function crossCheck(
  content: Content,
  label: (file: string) => string,
  lineOf: (entry: Entry, field: readonly PropertyKey[]) => number | undefined,
  { languagesKnown = true, pictures = createPictureFinder(content.dir), answers, leftOut = { drafts: [], withMistakes: new Set(), brokenCategories: new Set() } }: CrossCheckOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const { site } = content;
  const categoryPaths = new Set(flattenCategories(content.categories).map((category) => category.path));
  const categoryMeant = categoryByName(content);
  // Only for the checks: a product with mistakes of its own is named in products.yaml, not again in every entry about it.
  const productIds = new Set([...content.products.map((product) => product.id), ...(leftOut.brokenProducts ?? [])]);
  const entriesByKey = new Map<string, Entry>();
  const report = (entry: Entry, field: readonly PropertyKey[], message: string, hint: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: entry.file, line: lineOf(entry, field), message, hint, severity });

  function checkCatalogueNames(entry: Entry): void {
    entry.categories.forEach((category, index) => {
      if (!categoryPaths.has(category) && !underBrokenCategory(category, leftOut.brokenCategories)) {
        const meant = categoryMeant(category);
        report(entry, ['category', index], `unknown category "${category}"`, meant ? `did you mean ${meant}? A category is named by its path of ids, as in categories.yaml` : suggest(category, categoryPaths, 'use a path from categories.yaml, such as'));
      }
    });
    entry.products.forEach((product, index) => {
      if (!productIds.has(product)) {
        report(entry, ['products', index], `unknown product "${product}"`, suggest(product, productIds, 'use an id from products.yaml, such as'));
      }
    });
  }

  for (const entry of content.entries) {
    const key = `${entry.lang}:${entry.id}`;
    const first = entriesByKey.get(key);
    if (first) {
      // A translation copied into faq/zh/ without `lang: zh` is the usual way to get here.
      const misplaced = [entry, first].map((each) => ({ file: each.file, folder: languageFolder(each, site.languages), lang: each.lang })).find(({ folder, lang }) => folder && folder !== lang);
      const hint = misplaced
        ? `${misplaced.file} is in the ${misplaced.folder} folder: if it is the ${misplaced.folder} translation, add \`lang: ${misplaced.folder}\` to its front matter`
        : 'rename one of the files, or set a different `id:`';
      report(entry, ['id'], `id "${entry.id}" is already used by ${first.file} in language "${entry.lang}"`, hint);
    } else {
      entriesByKey.set(key, entry);
    }
    if (languagesKnown && !site.languages.includes(entry.lang)) {
      report(entry, ['lang'], `language "${entry.lang}" is not one of the site's languages (${site.languages.join(', ')})`, 'fix `lang:`, or add the language to `languages:` in site.yaml');
    }
    checkCatalogueNames(entry);
  }

  problems.push(...aliasProblems(content.entries, entriesByKey, lineOf));
  const targetOf = entryFinder(content.entries, leftOut.drafts, site.defaultLang);
  const fileOf = fileFinder(content.entries, leftOut.drafts);
  // The id meant by a name no entry has: its file name, or the id its words read as (`Refund Timing`, `refund_timing.md`).
  const meantId = (written: string, from: Entry) => {
    const id = idFromQuestion(posix.basename(written).replace(/\.md$/i, ''));
    return id && id !== written && targetOf(id, from) ? id : undefined;
  };
  // An entry whose file could not be read has its file name for an id, unless its front matter set another.
  const idsWithMistakes = new Set([...leftOut.withMistakes].map((file) => posix.basename(file, '.md')));
  const hasMistakes = (kind: 'faq' | 'file', id: string, from: Entry) => (kind === 'faq' ? idsWithMistakes.has(id) : leftOut.withMistakes.has(entryFilePath(id, from)));
  const largePictures = new Set<string>();
  const readAnswer = answers && createAnswerReader({ videoProviders: site.videos?.providers });

  const reportMissingRelated = (entry: Entry, id: string, field: readonly PropertyKey[]) => {
    const meant = meantId(id, entry);
    if (!hasMistakes('faq', id, entry)) report(entry, field, `related entry "${id}" does not exist`, `${meant ? `did you mean ${meant}? ` : ''}use the id (file name without .md) of another entry, or remove it`);
  };
  const context = { site, productIds, findEntry: targetOf, findFile: fileOf, meantId, hasMistakes, findPicture: pictures.find, largePictures };
  // A file with mistakes of its own: the names its other keys give and its answer's links and pictures, which the next run would report otherwise.
  for (const entry of leftOut.salvaged ?? []) {
    checkCatalogueNames(entry);
    entry.related.forEach((id, index) => {
      if (!targetOf(id, entry)) reportMissingRelated(entry, id, ['related', index]);
    });
    problems.push(...answerProblems(entry, context));
  }
  for (const entry of content.entries) {
    entry.related.forEach((id, index) => {
      const target = targetOf(id, entry);
      const field = ['related', index];
      if (!target) {
        reportMissingRelated(entry, id, field);
      } else if (target === entry) {
        report(entry, field, 'an entry cannot be related to itself', `remove "${id}" from related`);
      } else if (revealsMembersOnly(entry, target)) {
        report(entry, field, `related entry "${id}" is members-only, and this entry is public`, 'public pages must not reveal members-only questions: remove the link, or make this entry members-only too');
      } else if (target.draft && !entry.draft) {
        report(entry, field, `related entry "${id}" is a draft, so the published page leaves it out of the related questions`, `publish ${target.file} (remove \`draft: true\`) to list it`, 'warning');
      }
    });
    if (!readAnswer) {
      problems.push(...answerProblems(entry, context));
      continue;
    }
    const answer = readAnswer(entry.body, answerEnv(entry, content));
    problems.push(...answerProblems(entry, context, answer.scan));
    // After the checks: they found the pictures the answer names.
    answers!.set(entry, answer.render(picturesOfEntry(pictures.images, entry.sourcePath)));
  }
  return problems;
}

/** How an entry's answer is read for its own page: its headings' ids prefixed with its id, the labels in its language as the site writes them. */
export function answerEnv(entry: Entry, content: Pick<Content, 'interfaceText'>) {
  return { idPrefix: `${entry.id}--`, strings: interfaceOf(content, entry.lang) };
}

/**
 * An alias keeps an entry's old address working, so it must name nothing else
 * in its language: no id, no other alias, not the entry itself. A members-only
 * entry has no public address to keep, and a redirect page would name it.
 */
function aliasProblems(
  entries: readonly Entry[],
  entriesByKey: ReadonlyMap<string, Entry>,
  lineOf: (entry: Entry, field: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const aliasesByKey = new Map<string, { entry: Entry; index: number }>();
  const place = (entry: Entry, field: readonly PropertyKey[]) => {
    const line = lineOf(entry, field);
    return line === undefined ? entry.file : `${entry.file}:${line}`;
  };
  for (const entry of entries) {
    entry.aliases.forEach((alias, index) => {
      const field = ['aliases', index];
      const report = (message: string, hint: string) => problems.push({ file: entry.file, line: lineOf(entry, field), message, hint, severity: 'error' });
      if (entry.membersOnly) {
        report(`members-only entries cannot have aliases: their links are opaque, and a public redirect from "${alias}" would reveal the question`, 'remove `aliases:` from this entry');
        return;
      }
      if (alias === entry.id) {
        report(`alias "${alias}" is this entry's own id`, `remove "${alias}" from \`aliases\``);
        return;
      }
      const key = `${entry.lang}:${alias}`;
      const owner = entriesByKey.get(key);
      if (owner) {
        report(`alias "${alias}" is the id of ${owner.file} in language "${entry.lang}"`, `an old address can lead to one entry only: remove "${alias}" from \`aliases\`, or rename ${owner.file}`);
        return;
      }
      const first = aliasesByKey.get(key);
      if (first) {
        report(`alias "${alias}" is already an alias of ${place(first.entry, ['aliases', first.index])} in language "${entry.lang}"`, `an old address can lead to one entry only: keep "${alias}" in one of the two files`);
        return;
      }
      aliasesByKey.set(key, { entry, index });
    });
  }
  return problems;
}

/**
 * Entries by \`lang:id\` and by \`lang:alias\`, for resolving \`faq:\` links and
 * \`related:\` the same way in the checks and the renderer: an old id written
 * in a link leads to the entry's current address. Ids win over aliases, which
 * the checks make sure never collide anyway.
 */
export function entriesByIdOrAlias(entries: readonly Entry[]): Map<string, Entry> {
  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.lang}:${entry.id}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = `${entry.lang}:${alias}`;
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  return byKey;
}

/**
 * Same language first, then the default language, then any: a translation may
 * link to an entry that exists only in another language.
 */
export function findEntry(entries: Map<string, Entry>, id: string, lang: string, defaultLang: string): Entry | undefined {
  return entries.get(`${lang}:${id}`) ?? entries.get(`${defaultLang}:${id}`) ?? firstWithId(entries, id);
}

/** The site language an entry's folder is named after (`faq/zh/…`), if any: where translations usually live. */
function languageFolder(entry: Entry, languages: readonly string[]): string | undefined {
  const folder = entry.sourcePath.split('/')[1];
  return languages.find((lang) => lang.toLowerCase() === folder?.toLowerCase());
}

function underBrokenCategory(path: string, broken: ReadonlySet<string> = new Set()): boolean {
  return [...broken].some((brokenPath) => path === brokenPath || path.startsWith(`${brokenPath}/`));
}

/**
 * How the checks find the entry an id names from another entry: as a
 * production build would, among published entries first, then among drafts,
 * which `npm run check` and `npm run dev` read but a build leaves out.
 */
function entryFinder(entries: readonly Entry[], leftOutDrafts: readonly Entry[], defaultLang: string): (id: string, from: Entry) => Entry | undefined {
  const published = entriesByIdOrAlias(entries.filter((entry) => !entry.draft));
  const drafts = entriesByIdOrAlias([...entries.filter((entry) => entry.draft), ...leftOutDrafts]);
  return (id, from) => findEntry(published, id, from.lang, defaultLang) ?? findEntry(drafts, id, from.lang, defaultLang);
}

/** The entry whose file a link's path names from another entry's, drafts left out of the build included. */
export function fileFinder(entries: readonly Entry[], leftOutDrafts: readonly Entry[] = []): (path: string, from: Entry) => Entry | undefined {
  const byFile = new Map([...entries, ...leftOutDrafts].map((entry) => [entry.sourcePath, entry]));
  return (path, from) => byFile.get(entryFilePath(path, from));
}

/** Entries by id alone, per map of entries; rebuilt when the map has grown, since the maps here only ever grow. */
const idIndexes = new WeakMap<Map<string, Entry>, { size: number; byId: Map<string, Entry> }>();

/** An index rather than a scan: a list of thousands of dead ids would otherwise scan every entry for each. */
function firstWithId(entries: Map<string, Entry>, id: string): Entry | undefined {
  let index = idIndexes.get(entries);
  if (!index || index.size !== entries.size) {
    const byId = new Map<string, Entry>();
    // The key's own id, not the entry's: a key may be one of its aliases.
    for (const [key, entry] of entries) {
      const id = key.slice(key.indexOf(':') + 1);
      if (!byId.has(id)) byId.set(id, entry);
    }
    index = { size: entries.size, byId };
    idIndexes.set(entries, index);
  }
  return index.byId.get(id);
}

/**
 * The category an editor named by its title, or by its path in other
 * capitals (`Returns and refunds`, `orders/Returns`, `Orders / Returns`): the
 * one they meant, when only one fits.
 */
function categoryByName(content: Content): (written: string) => string | undefined {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, path: string) => {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, new Set());
    byName.get(key)!.add(path);
  };
  const flat = flattenCategories(content.categories);
  const titleOf = new Map(flat.map((category) => [category.path, Object.values(category.title)]));
  for (const category of flat) {
    add(category.path, category.path);
    for (const title of titleOf.get(category.path)!) add(title, category.path);
    // A path of titles, as the breadcrumbs show it.
    const parts = category.path.split('/');
    const crumbs = parts.map((_, depth) => titleOf.get(parts.slice(0, depth + 1).join('/')) ?? []);
    if (crumbs.every((titles) => titles.length)) for (let lang = 0; lang < crumbs[0]!.length; lang++) add(crumbs.map((titles) => titles[lang] ?? titles[0]).join('/'), category.path);
  }
  return (written) => {
    const paths = byName.get(written.replace(/\s*\/\s*/g, '/').trim().toLowerCase());
    return paths?.size === 1 ? [...paths][0] : undefined;
  };
}

function suggest(value: string, known: Set<string>, lead: string): string {
  const ranked = [...known].map((candidate) => ({ candidate, distance: editDistance(value, candidate) })).sort((a, b) => a.distance - b.distance);
  const close = ranked.slice(0, 3).map(({ candidate }) => candidate);
  if (!close.length) return `${lead.replace(/, such as$/, '')} (none defined yet)`;
  // One slip away, and nothing else as near: the name meant (`account` for `accounts`, `lumen-thremo` for `lumen-thermo`).
  const [nearest, next] = ranked;
  const meant = nearest && nearest.distance <= 2 && nearest.distance < value.length / 2 && (!next || next.distance > nearest.distance) ? `did you mean ${nearest.candidate}? ` : '';
  return `${meant}${lead} ${close.join(', ')}`;
}
