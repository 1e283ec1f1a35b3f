import fs from 'node:fs';
import jsYaml from 'js-yaml';
import path from 'node:path';
import { z, type ZodType } from 'zod';
import { interfaceStrings, SHIPPED_LANGUAGES, shipsInterfaceText, uiStrings, type UiStrings } from '../i18n/strings.ts';
import { placeholdersOf, stringLeaves, type WrittenStrings } from '../i18n/written-strings.ts';
import { kindOf, readYamlFile, type ContentFiles } from './content-files.ts';
import { validateYaml } from './yaml-source.ts';
import { unknownKeyWarnings } from './unknown-keys.ts';
import { LANGUAGE_TAG } from './schema.ts';
import type { Content, Problem, SiteSettings } from './types.ts';
import { OncePer } from '../once-per.ts';

/** The folder of a site's own interface text: `i18n/de.yaml`, `i18n/en.yaml`… */
export const INTERFACE_TEXT_FOLDER = 'i18n';

const ENGLISH = uiStrings('en');
/** "English, Chinese, German…", for messages about a language it does not ship. */
const SHIPPED_NAMES = new Intl.ListFormat('en', { type: 'conjunction' }).format(SHIPPED_LANGUAGES.map((lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)!));
const TEXT_COUNT = stringLeaves(ENGLISH).length;

const TextSchema = z.string().trim().min(1, 'empty text — write the text, or remove the line to keep the shipped one');

/** Any text of the interface, shaped as the shipped English: a map of keys, and `searchTips` a list. */
function schemaOf(value: unknown): ZodType {
  // The English text describes each key, so an editor's completion shows what is being translated.
  if (typeof value === 'string') return TextSchema.describe(value);
  if (Array.isArray(value)) return z.array(TextSchema).min(1).describe(value.join(' / '));
  return z.object(Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, schemaOf(item).optional()])));
}

/** What `i18n/<lang>.yaml` may hold. A file may be empty. */
export const InterfaceTextSchema = schemaOf(ENGLISH).nullable() as ZodType<WrittenStrings | null>;

/** A language's interface text: the site's own where `i18n/<lang>.yaml` wrote it, else the shipped text. */
export function interfaceOf(content: Pick<Content, 'interfaceText'>, lang: string): UiStrings {
  // Made once per content and language: every answer's rendering asks, 50,000 times in a large site.
  return merged.get(content, lang, () => interfaceStrings(lang, content.interfaceText?.[lang.toLowerCase()]));
}

const merged = new OncePer<object, string, UiStrings>();

export interface InterfaceTextResult {
  /** By language tag, in lower case. */
  texts: Record<string, WrittenStrings>;
  problems: Problem[];
}

/**
 * Reads `i18n/<lang>.yaml`: a language the product does not ship gets its
 * interface text there, and a shipped one can change the words it uses.
 * Besides mistakes in a file, it warns about what would show in English on a
 * site in another language: a language of `languages:` with no file, and the
 * texts a file leaves out.
 */
export function readInterfaceTexts(files: ContentFiles, site: SiteSettings, languagesLine: () => number | undefined): InterfaceTextResult {
  const problems: Problem[] = [];
  const texts: Record<string, WrittenStrings> = {};
  const written = new Set<string>();
  const kind = kindOf(files, INTERFACE_TEXT_FOLDER);
  if (kind === 'file') {
    problems.push({ file: files.label(INTERFACE_TEXT_FOLDER), message: `${INTERFACE_TEXT_FOLDER} is a file`, hint: `make it a folder of one file per language, such as ${INTERFACE_TEXT_FOLDER}/de.yaml`, severity: 'error' });
  }
  const names = kind === 'folder' ? fs.readdirSync(path.join(files.root, INTERFACE_TEXT_FOLDER)).sort() : [];
  for (const name of names) {
    const relative = `${INTERFACE_TEXT_FOLDER}/${name}`;
    if (name.startsWith('.')) continue;
    const label = files.label(relative);
    const match = /^(.*)\.ya?ml$/i.exec(name);
    if (!match) {
      problems.push({ file: label, message: 'this file is not read', hint: `write a language's interface text as ${INTERFACE_TEXT_FOLDER}/<language>.yaml, such as de.yaml`, severity: 'warning' });
      continue;
    }
    const lang = match[1]!.toLowerCase();
    if (!LANGUAGE_TAG.test(lang)) {
      problems.push({ file: label, message: `"${match[1]}" is not a language tag`, hint: 'name the file after the language it translates, as in site.yaml\'s `languages:`: de.yaml, pt-br.yaml', severity: 'error' });
      continue;
    }
    // Written, even when it cannot be read: its own problem says why, and the language is not called untranslated too.
    written.add(lang);
    const source = readYamlFile(files, relative, { optional: true });
    if (!source) continue;
    const result = validateYaml(source, InterfaceTextSchema, label);
    problems.push(
      ...result.problems,
      // Too many to list in a line: `npm run new -- --interface` prints the ones a file lacks, by their keys.
      ...unknownKeyWarnings(InterfaceTextSchema, source, label, () => `it is not one of the interface's texts; \`npm run new -- --interface ${lang}\` prints the ones this file does not have yet, by their keys`),
    );
    if (!site.languages.some((siteLang) => siteLang.toLowerCase() === lang)) {
      problems.push({ file: label, message: `this is the interface text of "${lang}", which site.yaml's \`languages:\` does not list`, hint: `add ${lang} to \`languages:\`, or remove the file`, severity: 'warning' });
    }
    // Read as written, so a mistake elsewhere in the file does not hide these until the next run.
    const asWritten = source.value !== null && typeof source.value === 'object' ? (source.value as WrittenStrings) : {};
    problems.push(...placeholderProblems(asWritten, lang, label, (keys) => source.lineOf(keys)));
    if (!shipsInterfaceText(lang)) problems.push(...untranslatedWarning(asWritten, lang, label));
    if (result.data) texts[lang] = result.data;
  }
  for (const lang of site.languages) {
    if (shipsInterfaceText(lang) || written.has(lang.toLowerCase())) continue;
    problems.push({
      file: files.label('site.yaml'),
      line: languagesLine(),
      message: `the interface of the "${lang}" site (buttons, labels, messages) is in English: the product ships ${SHIPPED_NAMES}`,
      hint: `write its ${TEXT_COUNT} texts in ${INTERFACE_TEXT_FOLDER}/${lang}.yaml; \`npm run new -- --interface ${lang}\` writes the file with every text to translate`,
      severity: 'warning',
    });
  }
  return { texts, problems };
}

/**
 * A text is filled in with the placeholders its shipped text has. One nothing
 * fills in would be shown as written, braces and all; one left out drops
 * what the page would have shown there.
 */
function placeholderProblems(own: WrittenStrings, lang: string, file: string, lineOf: (path: string[]) => number | undefined): Problem[] {
  const shipped = uiStrings(lang);
  return stringLeaves(own).flatMap(({ path: keys, text }) => {
    const shippedText = keys.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), shipped);
    // An unknown key, or a value of the wrong kind, has its own message.
    const sameKind = typeof shippedText === 'string' ? typeof text === 'string' : Array.isArray(shippedText) && Array.isArray(text) && text.every((item) => typeof item === 'string');
    if (!sameKind) return [];
    const allowed = placeholdersOf(shippedText as string | string[]);
    const used = placeholdersOf(text);
    const field = `\`${keys.join('.')}\``;
    const unknown = used.filter((name) => !allowed.includes(name));
    const missing = allowed.filter((name) => !used.includes(name));
    const problems: Problem[] = [];
    if (unknown.length) {
      problems.push({
        file,
        line: lineOf(keys),
        message: `${field} has ${unknown.map((name) => `{${name}}`).join(', ')}, which nothing fills in, so readers would see it as written`,
        hint: allowed.length ? `use ${allowed.map((name) => `{${name}}`).join(', ')}` : 'this text takes no placeholders: remove the braces',
        severity: 'error',
      });
    }
    // A placeholder written in place of another is one mistake, said once.
    if (missing.length && !unknown.length) {
      problems.push({
        file,
        line: lineOf(keys),
        message: `${field} leaves out ${missing.map((name) => `{${name}}`).join(', ')}, so readers do not see what it stands for`,
        hint: `put ${missing.map((name) => `{${name}}`).join(', ')} where it belongs in the sentence, as in the shipped text: "${typeof shippedText === 'string' ? shippedText : (shippedText as string[]).join(' ')}"`,
        severity: 'warning',
      });
    }
    return problems;
  });
}

/** A language the product does not ship shows the texts its file leaves out in English. */
function untranslatedWarning(own: WrittenStrings, lang: string, file: string): Problem[] {
  const have = textKeys(own);
  const missing = stringLeaves(ENGLISH).map(({ path: keys }) => keys.join('.')).filter((key) => !have.has(key));
  if (!missing.length) return [];
  const listed = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
  return [
    {
      file,
      message: `${missing.length} of the ${TEXT_COUNT} interface texts are not written here and show in English on the "${lang}" site: ${listed}`,
      hint: `add them; \`npm run new -- --interface ${lang}\` lists every text still to translate`,
      severity: 'warning',
    },
  ];
}

/**
 * The texts of a language's interface not yet in its `i18n/<lang>.yaml`, as
 * YAML to translate: the shipped ones for a shipped language, English for
 * any other. Empty when the file has them all.
 */
export function interfaceTextToWrite(lang: string, written: WrittenStrings | undefined): string {
  const have = textKeys(written ?? {});
  const missing: Record<string, unknown> = {};
  for (const { path: keys, text } of stringLeaves(interfaceStrings(lang))) {
    if (have.has(keys.join('.'))) continue;
    let node = missing;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = text;
  }
  return Object.keys(missing).length ? jsYaml.dump(missing, { lineWidth: -1, noRefs: true }) : '';
}

/** The texts a file writes, as `ask.send`. */
function textKeys(written: WrittenStrings): Set<string> {
  return new Set(stringLeaves(written).map(({ path: keys }) => keys.join('.')));
}

/** The first lines of a new `i18n/<lang>.yaml`. */
export function interfaceTextHeader(lang: string): string {
  const lines = shipsInterfaceText(lang)
    ? [
        `# The interface of the "${lang}" site: buttons, labels and messages, as the product ships them.`,
        '# Change the words you want, keeping placeholders such as {count}; a text you remove reads as shipped.',
      ]
    : [
        `# The interface of the "${lang}" site: buttons, labels and messages, in English, to translate.`,
        '# Write each one as your readers should read it, keeping placeholders such as {count} as they are.',
        '# A text you remove shows in English; `npm run check` says how many do.',
      ];
  return [...lines, ''].join('\n');
}
