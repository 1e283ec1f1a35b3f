import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../core/content/load.ts';
import { createEntryFile } from '../core/content/new-entry.ts';
import { readCommandLine } from './command-line.ts';
import { INTERFACE_TEXT_FOLDER, interfaceTextHeader, interfaceTextToWrite } from '../core/content/interface-text.ts';
import { LANGUAGE_TAG } from '../core/content/schema.ts';
import { SHIPPED_LANGUAGES, shipsInterfaceText } from '../core/i18n/strings.ts';
import { formatProblem } from '../core/content/problems.ts';
import { createSiteFiles, FIRST_CATEGORY } from '../core/content/new-site.ts';

/** The project's own folder, where `schemas/` is, whatever folder the command runs in. */
const PROJECT = path.resolve(import.meta.dirname, '../..');

const USAGE = `usage: npm run new -- "How do I reset my password?" --category account --audience new [--audience loyal] [--lang zh] [--id reset-password] [--product lumen-thermo]
       npm run new -- --interface nl
       npm run new -- --site "Acme Help Center" [--lang en,zh] [--email help@acme.example] [--url https://help.acme.example]

Writes a new entry file, named from the question, with its front matter filled
in and \`draft: true\` until you have written the answer. Reads CONTENT_DIR (default content/).

With --interface, writes i18n/<language>.yaml with every text of the site's
interface (buttons, labels, messages): in English to translate, or as the
product ships them (${SHIPPED_LANGUAGES.join(', ')}) to change. When the file exists,
it prints the texts the file does not have yet.

With --site, starts a help center in a new content folder (CONTENT_DIR): its
site.yaml, in the languages given (the first is the default; en without
--lang), with the support address readers reach a person at and the address
the site will be served at, and a categories.yaml of one category to file
the first questions under.`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    category: { type: 'string' },
    audience: { type: 'string', multiple: true },
    lang: { type: 'string' },
    id: { type: 'string' },
    product: { type: 'string', multiple: true },
    interface: { type: 'string' },
    site: { type: 'string' },
    email: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
if (values.interface !== undefined && !values.help) {
  process.exit(writeInterfaceText(values.interface));
}
if (values.site !== undefined && !values.help) {
  process.exit(writeSiteFiles(values.site));
}
if (values.help || positionals.length !== 1 || !values.category) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const { content } = loadContent(contentDir, { includeDrafts: true });
if (!content) {
  console.error(`Cannot read the content folder ${contentDir}: run npm run check for details.`);
  process.exit(1);
}
const result = createEntryFile(content, {
  question: positionals[0]!,
  category: values.category,
  audience: (values.audience ?? []).flatMap((item) => item.split(',')),
  lang: values.lang,
  id: values.id,
  products: (values.product ?? []).flatMap((item) => item.split(',')),
  today: new Date().toISOString().slice(0, 10),
});
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  process.exit(1);
}
const file = path.join(contentDir, result.relativePath);
if (fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists — choose another --id`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, result.text, { flag: 'wx' });
console.log(`Created ${path.relative(process.cwd(), file)} (id ${result.id}). Write the answer below the front matter, then remove \`draft: true\`.`);
if (!values.id && values.lang && values.lang !== content.site.defaultLang) {
  console.log(`If it translates an entry of ${content.site.defaultLang}, it takes that entry's id: rename the file to that id (or run again with --id).`);
}
for (const entry of result.similar) {
  console.log(`Customers may find this already in ${entry.file} ("${entry.question}"): if it is the same question, add yours to that entry's \`also:\` and delete the new file.`);
}

/** `--interface de`: the language's interface text to translate, as a new file or as what an existing one lacks. */
function writeInterfaceText(lang: string): number {
  if (!LANGUAGE_TAG.test(lang)) {
    console.error(`"${lang}" is not a language tag — use one such as de, fr or pt-br, as in site.yaml's \`languages:\``);
    return 2;
  }
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  const file = path.join(contentDir, INTERFACE_TEXT_FOLDER, `${lang.toLowerCase()}.yaml`);
  const shown = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, interfaceTextHeader(lang) + interfaceTextToWrite(lang, undefined), { flag: 'wx' });
    console.log(shipsInterfaceText(lang) ? `Created ${shown}. Change the texts you want, remove the others, then run npm run check.` : `Created ${shown}. Translate each text, then run npm run check.`);
    return 0;
  }
  const { content, problems } = loadContent(contentDir, { includeDrafts: true });
  const own = problems.filter((problem) => problem.severity === 'error' && problem.file === path.relative(process.cwd(), file));
  if (own.length) {
    for (const problem of own.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) console.error(formatProblem(problem));
    console.error(`Fix ${shown} first; then this lists the texts it does not have yet.`);
    return 1;
  }
  const missing = interfaceTextToWrite(lang, content?.interfaceText?.[lang.toLowerCase()]);
  if (!missing) {
    console.log(`${shown} has every text of the interface.`);
    return 0;
  }
  console.log(`# ${shown} does not have these texts yet; add them to it, translated:\n${missing}`);
  return 0;
}

/** `--site "Acme Help Center"`: a new content folder's settings, refusing a folder that has them. */
function writeSiteFiles(title: string): number {
  const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
  const shown = path.relative(process.cwd(), contentDir) || '.';
  const result = createSiteFiles({
    title,
    languages: (values.lang ? [values.lang] : []).flatMap((item) => item.split(',')),
    email: values.email,
    url: values.url,
    schemasFolder: path.relative(contentDir, path.join(PROJECT, 'schemas')).split(path.sep).join('/'),
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    return 2;
  }
  const existing = result.files.map((file) => path.join(contentDir, file.name)).filter((file) => fs.existsSync(file));
  if (existing.length) {
    console.error(`${existing.map((file) => path.relative(process.cwd(), file)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}: ${shown} has a help center. Start the new one in a folder of its own: CONTENT_DIR=help npm run new -- --site ${JSON.stringify(title)}`);
    return 1;
  }
  fs.mkdirSync(contentDir, { recursive: true });
  for (const file of result.files) fs.writeFileSync(path.join(contentDir, file.name), file.text, { flag: 'wx' });
  const env = shown === 'content' ? '' : `CONTENT_DIR=${shown} `;
  console.log(`Created ${result.files.map((file) => path.join(shown, file.name)).join(' and ')}.`);
  console.log(`Write your first question: ${env}npm run new -- "How do I …?" --category ${FIRST_CATEGORY} --audience new`);
  console.log(`then its answer, remove \`draft: true\`, and see the site with ${env}npm run dev.`);
  if (!values.url) console.log(`Add the address the site will be served at as \`url:\` in ${path.join(shown, 'site.yaml')}: the sitemap and the feed need it.`);
  if (!values.email) console.log(`Add your support address under \`contact:\` in ${path.join(shown, 'site.yaml')}, so readers the FAQ does not answer can reach you.`);
  return 0;
}
