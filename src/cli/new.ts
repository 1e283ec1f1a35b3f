import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../core/content/load.ts';
import { createEntryFile } from '../core/content/new-entry.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `usage: npm run new -- "How do I reset my password?" --category account --audience new [--audience loyal] [--lang zh] [--id reset-password] [--product lumen-thermo]

Writes a new entry file, named from the question, with its front matter filled
in and \`draft: true\` until you have written the answer. Reads CONTENT_DIR (default content/).`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    category: { type: 'string' },
    audience: { type: 'string', multiple: true },
    lang: { type: 'string' },
    id: { type: 'string' },
    product: { type: 'string', multiple: true },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
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
