import type { Token } from 'markdown-it';
import { createAnswerParser } from '../markdown/answer-parser.ts';
import { editDistance } from '../edit-distance.ts';
import type { Entry, Localized, Problem, SiteSettings, VarUse } from './types.ts';

/**
 * `{{ vars.name }}` in questions, `also:` and answers: facts written once in
 * site.yaml and put in place while loading, so every output (pages, search,
 * faq.json, feeds) reads the final text and nothing downstream knows about
 * variables. Values are one line (site.yaml rejects line breaks), so
 * substituting never moves a line and every later message keeps its line.
 */

/** A well-formed reference; spaces inside the braces are optional. */
const REFERENCE = /\{\{[ \t]*vars\.([a-z0-9_]+)[ \t]*\}\}/y;
/** What is clearly meant as a reference: anything starting like one must finish like one. */
const OPENING = /\{\{[ \t]*vars\./g;

interface Reference {
  name: string;
  start: number;
  end: number;
  /** 0-based line within the text. */
  line: number;
}

interface Malformed {
  written: string;
  line: number;
}

/** Every reference in a text, and every `{{ vars.` that does not become one. */
export function findReferences(text: string): { references: Reference[]; malformed: Malformed[] } {
  const references: Reference[] = [];
  const malformed: Malformed[] = [];
  let line = 0;
  let counted = 0;
  for (const opening of text.matchAll(OPENING)) {
    for (let index = text.indexOf('\n', counted); index !== -1 && index < opening.index; index = text.indexOf('\n', index + 1)) line++;
    counted = opening.index;
    REFERENCE.lastIndex = opening.index;
    const match = REFERENCE.exec(text);
    if (match) {
      references.push({ name: match[1]!, start: opening.index, end: opening.index + match[0].length, line });
      continue;
    }
    // As far as it looks like a reference: up to the braces, or to the first space after the name.
    const written = /^\{\{[ \t]*vars\.[^\s}]*(?:[ \t]*\}+)?/.exec(text.slice(opening.index))![0];
    malformed.push({ written: written.length > 40 ? `${written.slice(0, 39)}…` : written, line });
  }
  return { references, malformed };
}

/** Where an entry's text came from, for messages: the file's line of a front-matter field. */
export type FieldLine = (entry: Entry, field: readonly PropertyKey[]) => number | undefined;

export interface VarsResult {
  entries: Entry[];
  uses: VarUse[];
  problems: Problem[];
}

/**
 * Puts each variable's value for the entry's language in place of its
 * references. When site.yaml's `vars:` could not be read (`varsRead` false),
 * unknown names are left as written and not reported: the fault is site.yaml's.
 */
export function substituteVars(entries: readonly Entry[], site: SiteSettings, fieldLine: FieldLine, varsRead = true): VarsResult {
  const context: SubstitutionContext = { vars: site.vars ?? {}, fieldLine, varsRead, uses: [], problems: [] };
  const substituted = entries.map((entry) => substituteInEntry(entry, context));
  return { entries: substituted, uses: context.uses, problems: context.problems };
}

interface SubstitutionContext {
  vars: Record<string, Localized>;
  fieldLine: FieldLine;
  varsRead: boolean;
  /** Filled while substituting. */
  uses: VarUse[];
  problems: Problem[];
}

/** The entry with its question, `also:` and answer substituted, or the same entry when it uses no variable. */
function substituteInEntry(entry: Entry, context: SubstitutionContext): Entry {
  const report = (line: number | undefined, message: string, hint: string) =>
    context.problems.push({ file: entry.file, line, message, hint, severity: 'error' });
  const reportMalformed = (found: Malformed, line: number | undefined) =>
    report(line, `"${found.written}" is not a complete variable reference`, 'write {{ vars.name }} on one line: a name of lowercase letters, digits and underscores, closed by }}');
  const valueOf = (reference: Reference, line: number | undefined) => valueFor(entry, reference.name, line, context, report);

  const plain = (text: string, field: readonly PropertyKey[]) => {
    const { references, malformed } = findReferences(text);
    if (references.length === 0 && malformed.length === 0) return text;
    const line = context.fieldLine(entry, field);
    for (const found of malformed) reportMalformed(found, line);
    return replace(text, references, (reference) => valueOf(reference, line));
  };
  const question = plain(entry.question, ['question']);
  const also = entry.also.map((text, index) => plain(text, ['also', index]));

  const { references, malformed } = findReferences(entry.body);
  for (const found of malformed) reportMalformed(found, entry.bodyLine + found.line);
  let body = entry.body;
  if (references.length) {
    const inCode = referencesInCode(entry.body, references);
    body = replace(entry.body, references, (reference, index) => {
      const value = valueOf(reference, entry.bodyLine + reference.line);
      if (value === undefined) return undefined;
      const asWritten = inCode.has(index) || (entry.body[reference.start - 1] === '<' && AUTOLINK_TARGET.test(value));
      return asWritten ? value : escapeMarkdown(value);
    });
  }
  const unchanged = question === entry.question && body === entry.body && also.every((text, index) => text === entry.also[index]);
  return unchanged ? entry : { ...entry, question, also, body };
}

/** The value in the entry's language, recording the use; undefined (reference left as written) after reporting why. */
function valueFor(
  entry: Entry,
  name: string,
  line: number | undefined,
  context: SubstitutionContext,
  report: (line: number | undefined, message: string, hint: string) => void,
): string | undefined {
  // Own keys only: `{{ vars.constructor }}` is not a variable.
  const value = Object.hasOwn(context.vars, name) ? context.vars[name] : undefined;
  if (!value) {
    if (context.varsRead) report(line, `unknown variable "${name}" in {{ vars.${name} }}`, unknownHint(name, Object.keys(context.vars)));
    return undefined;
  }
  context.uses.push({ name, entryId: entry.id, lang: entry.lang, file: entry.file, line });
  const text = Object.hasOwn(value, entry.lang) ? value[entry.lang] : Object.hasOwn(value, '*') ? value['*'] : undefined;
  if (text === undefined) {
    report(line, `variable "${name}" has no ${entry.lang} value, and this entry is in ${entry.lang}`, `add \`${entry.lang}:\` to vars.${name} in site.yaml, or a \`*\` value for every language`);
  }
  return text;
}

function replace(text: string, references: readonly Reference[], valueOf: (reference: Reference, index: number) => string | undefined): string {
  let result = '';
  let from = 0;
  references.forEach((reference, index) => {
    const value = valueOf(reference, index);
    result += text.slice(from, reference.start) + (value ?? text.slice(reference.start, reference.end));
    from = reference.end;
  });
  return result + text.slice(from);
}

function unknownHint(name: string, names: readonly string[]): string {
  const closest = names
    .map((known) => ({ known, distance: editDistance(name, known, 2) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  if (closest) return `did you mean {{ vars.${closest.known} }}?`;
  return names.length
    ? `use a name defined under vars: in site.yaml (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}), or add this one there`
    : 'define it under vars: in site.yaml, as `name: text`';
}

/**
 * `<{{ vars.shop }}>`: escapes are not read inside an autolink, so an address
 * goes in as written; anything else there is escaped and stays text. Unsafe
 * schemes are still refused by the renderer.
 */
const AUTOLINK_TARGET = /^[a-z][a-z0-9+.-]{1,31}:[^\s<>]*$/i;

/** Made on first need: most answers use no variable. */
let parser: ReturnType<typeof createAnswerParser> | undefined;

/**
 * A value is text, not Markdown: `[x](javascript:…)` or `<b>` in site.yaml
 * must read as written. Backslash escapes do that in running text, but code
 * shows its characters literally (backslashes included), so the answer is
 * parsed with the renderer's own parser to learn which references sit in
 * code spans or code blocks, where the value goes in as it is.
 */
function referencesInCode(body: string, references: readonly Reference[]): Set<number> {
  let prefix = 'zvarsrefz';
  while (body.includes(prefix)) prefix += 'z';
  const marker = (index: number) => `${prefix}${index}x`;
  const marked = replace(body, references, (_, index) => marker(index));
  const literalTexts: string[] = [];
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'fence' || token.type === 'code_block' || token.type === 'code_inline') literalTexts.push(token.content, token.info);
      if (token.children) visit(token.children);
    }
  };
  parser ??= createAnswerParser();
  visit(parser.parse(marked, {}));
  const literal = literalTexts.join('\n');
  return new Set(references.map((_, index) => index).filter((index) => literal.includes(marker(index))));
}

/**
 * Backslash-escapes what could start Markdown anywhere in a line, and what
 * could start a block when the value opens a line (`# `, `- `, `30. `), so
 * common facts (times, prices, phone numbers, addresses) stay readable in the source.
 */
export function escapeMarkdown(value: string): string {
  const inline = value.replace(/[\\`*_[\]<>!&~|]/g, '\\$&');
  return inline.replace(/^[#+\-=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}
