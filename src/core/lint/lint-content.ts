import { charClass, WIDE } from '../cjk.ts';
import { flattenCategories } from '../content/category-tree.ts';
import type { Content, Entry, Problem } from '../content/types.ts';
import { findLikelyDuplicates } from './duplicates.ts';

export interface LintOptions {
  /** Entries reviewed longer ago than this are flagged (default 12). */
  maxAgeMonths: number;
  /** The date to measure age against, YYYY-MM-DD. */
  today: string;
  /** Where categories.yaml is, as messages show it. */
  categoriesFile: string;
  /** Where products.yaml is, as messages show it, and the line of a key in it. */
  productsFile?: string;
  productsLineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of a front-matter key, for messages. */
  lineOf?: (entry: Entry, field: readonly PropertyKey[]) => number | undefined;
  /** Where site.yaml is, as messages show it, and the line of a setting in it. */
  siteFile?: string;
  siteLineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** False when site.yaml has mistakes: its settings are then defaults, and advice about them would be about nothing written. */
  siteRead?: boolean;
}

const MAX_QUESTION_LENGTH = 120;
const MAX_ANSWER_WORDS = 300;

/**
 * Advice an editor can act on, as warnings: none of it stops a build. Each
 * warning names the file and says what to do.
 */
export function lintContent(content: Content, options: LintOptions): Problem[] {
  const warnings: Problem[] = [];
  const lineOf = options.lineOf ?? (() => undefined);
  const warn = (entry: Entry, message: string, hint: string, field = 'question') =>
    warnings.push({ file: entry.file, line: lineOf(entry, [field]), message, hint, severity: 'warning' });
  const staleBefore = monthsBefore(options.today, options.maxAgeMonths);

  for (const entry of content.entries) {
    if (entry.question.length > MAX_QUESTION_LENGTH) {
      warn(entry, `the question is ${entry.question.length} characters long`, `keep it under ${MAX_QUESTION_LENGTH}: customers scan questions, and the answer holds the detail`);
    }
    if (!/[?？]\s*$/.test(entry.question)) {
      warn(entry, 'the question is not phrased as a question', 'write it the way a customer would ask it, ending with "?"');
    }
    if (!entry.body.trim() && !entry.draft) {
      warnings.push({
        file: entry.file,
        // The front matter's closing line: the answer belongs under it.
        line: entry.bodyLine - 1,
        message: 'the answer is empty, so its page shows the question alone',
        hint: 'write the answer under the front matter, or set `draft: true` until it is written',
        severity: 'warning',
      });
    }
    const words = countWords(entry.body);
    if (words > MAX_ANSWER_WORDS) {
      warn(entry, `the answer is about ${words} words long`, `keep answers under ~${MAX_ANSWER_WORDS} words: split it into several questions, or link out to a guide`);
    }
    // A date read from the file is no editor's slip, and is never later than the real today.
    if (entry.updated && entry.updated > options.today && !entry.updatedFromFile) {
      warn(entry, `last reviewed on ${entry.updated}, which is after today (${options.today})`, 'write the day it was last reviewed: pages, feeds and What\'s new show this date, and would list the entry first until then', 'updated');
    }
    if (entry.updated && entry.updated < staleBefore) {
      warn(entry, `last reviewed on ${entry.updated}, more than ${options.maxAgeMonths} months ago`, 'check the answer is still true, then update `updated:`', 'updated');
    }
    if (entry.keywords.length === 0 && entry.also.length === 0) {
      warn(entry, 'the entry has no keywords', 'add `keywords:` with the words customers type for this (synonyms, slang, other languages)');
    }
  }

  for (const [entry, other] of findLikelyDuplicates(content.entries)) {
    warn(entry, `this question looks like a duplicate of ${other.file} ("${other.question}")`, 'merge the two, or reword one so customers can tell them apart');
  }

  const used = new Set(content.entries.flatMap((entry) => entry.categories.flatMap((path) => ancestorsAndSelf(path))));
  // With no entry at all, that is the one thing to say (the check does), not once per category.
  for (const category of content.entries.length ? flattenCategories(content.categories) : []) {
    if (!used.has(category.path)) {
      warnings.push({ file: options.categoriesFile, message: `category "${category.path}" has no entries`, hint: 'add entries to it, or remove it', severity: 'warning' });
    }
  }

  // A product's page lists its public questions: with none, the build makes no page, and links to it lead to the product's own address.
  const named = new Set(content.entries.filter((entry) => !entry.draft && !entry.membersOnly).flatMap((entry) => entry.products));
  content.products.forEach((product, index) => {
    if (named.has(product.id)) return;
    warnings.push({
      file: options.productsFile ?? 'products.yaml',
      line: options.productsLineOf?.([index, 'id']),
      message: `product "${product.id}" has no page: no published public entry names it`,
      hint: `name it in the \`products:\` of the entries about it (until then, links to it lead to its own url), or remove it`,
      severity: 'warning',
    });
  });

  warnings.push(...translationWarnings(content, lineOf));
  if (options.siteRead === false) return warnings;
  warnings.push(...unusedVarWarnings(content, options));
  warnings.push(...missingSettingWarnings(content, options));
  return warnings;
}

/** Settings site.yaml leaves out that readers pay for, each as advice on site.yaml. */
function missingSettingWarnings(content: Content, options: LintOptions): Problem[] {
  const { site } = content;
  const missing: { message: string; hint: string }[] = [];
  // The files read away from the site need its origin: the sitemap's addresses must be whole, and robots.txt names the sitemap only by one.
  if (!site.url) {
    missing.push({
      message: 'site.yaml has no `url`, so the sitemap, the feed and links shared on social media carry addresses without the site\'s origin, and robots.txt cannot name the sitemap',
      hint: 'add `url:` with the address the site is served at, such as https://help.example.com',
    });
  }
  // "Still need help?" and the ask page lead to these: with neither, a reader the FAQ does not answer meets a dead end.
  if (!site.contact.length && !site.ask) {
    missing.push({
      message: 'site.yaml names no way to reach a person: no `contact:` channel and no `ask:` channel',
      hint: 'add `contact:` with an e-mail address, a phone number or a chat page, so readers the FAQ does not answer can ask you (or `ask:` with a form endpoint)',
    });
  }
  return missing.map((warning) => ({ file: options.siteFile ?? 'site.yaml', ...warning, severity: 'warning' as const }));
}

/** A variable no entry uses is a fact nobody reads: likely a misspelt or forgotten name. */
function unusedVarWarnings(content: Content, options: LintOptions): Problem[] {
  const used = new Set((content.varUses ?? []).map((use) => use.name));
  return Object.keys(content.site.vars ?? {})
    .filter((name) => !used.has(name))
    .map((name) => ({
      file: options.siteFile ?? 'site.yaml',
      line: options.siteLineOf?.(['vars', name]),
      message: `variable "${name}" is not used by any entry`,
      hint: `use it as {{ vars.${name} }} in a question or answer, or remove it from vars:`,
      severity: 'warning' as const,
    }));
}

/** A translation is missing, or was last reviewed before the entry it translates. */
function translationWarnings(content: Content, lineOf: NonNullable<LintOptions['lineOf']>): Problem[] {
  const { defaultLang, languages } = content.site;
  if (languages.length < 2) return [];
  const byId = new Map<string, Map<string, Entry>>();
  for (const entry of content.entries) {
    if (!byId.has(entry.id)) byId.set(entry.id, new Map());
    byId.get(entry.id)!.set(entry.lang, entry);
  }
  // A language whose entries translate none of the default language's is written on its own, not translated.
  const translated = new Set([...byId.values()].filter((versions) => versions.has(defaultLang)).flatMap((versions) => [...versions.keys()]));
  const warnings: Problem[] = [];
  for (const versions of byId.values()) {
    const original = versions.get(defaultLang);
    if (!original) continue;
    for (const lang of languages) {
      if (lang === defaultLang || !translated.has(lang)) continue;
      const translation = versions.get(lang);
      if (!translation) {
        warnings.push({ file: original.file, line: lineOf(original, ['question']), message: `no ${lang} translation`, hint: `add a file with \`id: ${original.id}\` and \`lang: ${lang}\``, severity: 'warning' });
      } else if (original.updated && translation.updated && translation.updated < original.updated) {
        warnings.push({ file: translation.file, line: lineOf(translation, ['updated']), message: `this translation (${translation.updated}) is older than ${original.file} (${original.updated})`, hint: 'bring the translation up to date with the original', severity: 'warning' });
      }
    }
  }
  return warnings;
}

function ancestorsAndSelf(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

const WIDE_CHARS = charClass(WIDE, 'g');

/** Words in Latin scripts, and CJK characters counted at two per word, which is how long they take to read. */
export function countWords(text: string): number {
  const cjk = (text.match(WIDE_CHARS) ?? []).length;
  const latin = (text.replace(WIDE_CHARS, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return latin + Math.round(cjk / 2);
}

function monthsBefore(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}
