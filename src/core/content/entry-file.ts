import fs from 'node:fs';
import path from 'node:path';
import { parseYamlSource, zodProblems, type YamlSource } from './yaml-source.ts';
import { EntryFrontMatterSchema, ID_RULE, IdSchema, type EntryFrontMatter } from './schema.ts';
import { idFromQuestion } from './id-from-text.ts';
import { splitFrontMatter } from './front-matter.ts';
import { unknownKeyWarnings } from './unknown-keys.ts';
import { withinOneEdit } from '../edit-distance.ts';
import { DEFAULT_TIERS } from '../gate/codes.ts';
import type { Entry, Problem, SiteSettings } from './types.ts';

/** What a salvaged entry reads in place of a required key it got wrong: nothing is checked against these. */
const STAND_INS = { question: '?', audience: 'prospect', category: '?' };

/**
 * One entry file: its front matter checked and normalized, and its body, or
 * undefined after reporting why not. A front matter with mistakes is handed
 * to `withMistakes` as the entry it would be without the keys in error
 * (stand-ins for the required ones), so the names its other keys give
 * (categories, products, related entries) and its answer are checked in the
 * same run rather than the next.
 */
export function readEntry(text: string, file: string, fileLabel: string, site: SiteSettings, problems: Problem[], withMistakes?: (entry: Entry) => void): Entry | undefined {
  const frontMatter = splitFrontMatter(text);
  if (!frontMatter) {
    problems.push({ file: fileLabel, line: 1, message: 'the front matter is missing', hint: 'start the file with a --- line, then question, audience and category, then another --- line', severity: 'error' });
    return undefined;
  }
  const source = parseYamlSource(frontMatter.yaml, fileLabel, frontMatter.yamlLine - 1);
  if (source.problems.length) {
    problems.push(...(frontMatter.closed ? source.problems : source.problems.map(unclosedFrontMatter)));
    return undefined;
  }
  // Empty front matter is an empty map, so each missing key is named.
  const written = source.value ?? {};
  if (typeof written !== 'object' || Array.isArray(written)) {
    problems.push({ file: fileLabel, line: frontMatter.yamlLine, message: 'the front matter is not a map of keys', hint: 'write one `key: value` per line between the --- lines', severity: 'error' });
    return undefined;
  }
  problems.push(...unknownKeyWarnings(EntryFrontMatterSchema, { ...source, value: written }, fileLabel, (known) => `the keys an entry understands are ${known.join(', ')}`));
  const result = EntryFrontMatterSchema.safeParse(written, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(result.error, source, fileLabel));
    if (withMistakes) {
      const broken = new Set(result.error.issues.map((issue) => issue.path[0]));
      const kept = Object.fromEntries(Object.entries(written).filter(([key]) => !broken.has(key)));
      const rest = EntryFrontMatterSchema.safeParse({ ...STAND_INS, ...kept });
      const id = rest.success ? (rest.data.id ?? path.posix.basename(file, '.md')) : undefined;
      if (rest.success && IdSchema.safeParse(id).success) {
        const salvaged = entryOf(rest.data, id!, [], site, frontMatter, file, fileLabel);
        // Its tiers are unknown while its keys have mistakes: taken as members-only, it is never blamed for revealing one.
        withMistakes({ ...salvaged, categories: broken.has('category') ? [] : salvaged.categories, membersOnly: true });
      }
    }
    return undefined;
  }
  const data = result.data;
  const id = data.id ?? idFromFileName(file, data.question, fileLabel, problems);
  if (id === undefined) return undefined;
  reportRepeats(data, source, fileLabel, problems);
  const tiers = entryTiers(data, site, source, fileLabel, problems);
  if (!tiers) return undefined;
  return entryOf(data, id, tiers, site, frontMatter, file, fileLabel);
}

/**
 * YAML that fails in a front matter no fence closes is most often the answer,
 * read as YAML because the closing `---` was forgotten. Its first line may
 * well pass for a key (`Note: …`), so the fence goes after the last real key,
 * wherever the YAML failed.
 */
function unclosedFrontMatter(problem: Problem): Problem {
  return {
    ...problem,
    message: 'no --- line closes the front matter, so the answer below it is read as YAML, which this line is not',
    hint: "put a line of three dashes (---) after the front matter's last key, before the answer",
  };
}

function entryOf(data: EntryFrontMatter, id: string, tiers: string[], site: SiteSettings, frontMatter: { body: string; bodyLine: number }, file: string, fileLabel: string): Entry {
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
    aliases: [...new Set(data.aliases)],
    priority: data.priority,
    updated: data.updated,
    draft: data.draft,
    membersOnly: tiers.length > 0,
    tiers,
    body: frontMatter.body,
    file: fileLabel,
    sourcePath: file,
    bodyLine: frontMatter.bodyLine,
  };
}

/**
 * The members-only tiers that may read the entry: those `access:` names, or
 * the default (first) tier when every audience is gated, or none for a
 * public entry; `undefined` after reporting a tier `gate.tiers` doesn't list.
 */
function entryTiers(data: EntryFrontMatter, site: SiteSettings, source: YamlSource, fileLabel: string, problems: Problem[]): string[] | undefined {
  const known = site.gate.tiers ?? DEFAULT_TIERS;
  if (!data.access) return data.audience.every((audience) => site.gate.audiences.includes(audience)) ? [known[0]!] : [];
  let valid = true;
  data.access.forEach((tier, index) => {
    if (known.includes(tier)) return;
    valid = false;
    const close = known.find((candidate) => withinOneEdit(candidate, tier));
    problems.push({
      file: fileLabel,
      line: source.lineOf(['access', index]) ?? source.lineOf(['access']),
      message: `unknown tier "${tier}" in \`access\``,
      hint: site.gate.tiers
        ? `${close ? `did you mean "${close}"? ` : ''}use a tier from gate.tiers in site.yaml (${known.join(', ')}), or add "${tier}" there`
        : `this site has one tier, "${known[0]}": add \`tiers: [${known[0]}, ${tier}]\` under gate: in site.yaml, or remove \`access\``,
      severity: 'error',
    });
  });
  return valid ? [...new Set(data.access)] : undefined;
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
    message: `the file name "${name}" cannot be the entry's id, which must be ${ID_RULE}`,
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
  ['aliases', 'alias'],
  ['products', 'product'],
  ['category', 'category'],
  ['audience', 'audience'],
] as const;

/**
 * A value listed twice is a slip (often a bad merge), and a list repeated
 * thousands of times would be rendered thousands of times: report each repeated
 * value once, at its first repeat, and keep one of each.
 */
function reportRepeats(data: EntryFrontMatter, source: YamlSource, fileLabel: string, problems: Problem[]): void {
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

/** The front matter with positions, for messages about an entry already read. */
export function entrySource(text: string, fileLabel: string): YamlSource {
  const frontMatter = splitFrontMatter(text);
  return parseYamlSource(frontMatter?.yaml ?? '', fileLabel, (frontMatter?.yamlLine ?? 2) - 1);
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
