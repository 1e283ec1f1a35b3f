import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../core/content/load.ts';
import { createEntryFile } from '../core/content/new-entry.ts';
import { readCommandLine } from './command-line.ts';
import { INTERFACE_TEXT_FOLDER, interfaceTextHeader, interfaceTextToWrite } from '../core/content/interface-text.ts';
import { LANGUAGE_TAG } from '../core/content/schema.ts';
import { SHIPPED_LANGUAGES, shipsInterfaceText } from '../core/i18n/strings.ts';
import { formatProblem } from '../core/content/problems.ts';

const USAGE = `usage: npm run new -- "How do I reset my password?" --category account --audience new [--audience loyal] [--lang zh] [--id reset-password] [--product lumen-thermo]
       npm run new -- --interface nl

Writes a new entry file, named from the question, with its front matter filled
in and \`draft: true\` until you have written the answer. Reads CONTENT_DIR (default content/).

With --interface, writes i18n/<language>.yaml with every text of the site's
interface (buttons, labels, messages): in English to translate, or as the
product ships them (${SHIPPED_LANGUAGES.join(', ')}) to change. When the file exists,
it prints the texts the file does not have yet.`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    category: { type: 'string' },
    audience: { type: 'string', multiple: true },
    lang: { type: 'string' },
    id: { type: 'string' },
    product: { type: 'string', multiple: true },
    interface: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
if (values.interface !== undefined && !values.help) {
  process.exit(writeInterfaceText(values.interface));
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
