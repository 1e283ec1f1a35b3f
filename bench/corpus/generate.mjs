#!/usr/bin/env node
/**
 * The benchmark corpus: a deterministic, synthetic help center for Hollis
 * Home, a fictional smart-home company, in English and Chinese. Plain Node
 * (20 or later), no dependencies.
 *
 *   node bench/corpus/generate.mjs --n 10000 --out DIR [--seed 1] [--zh 0.3] [--members 0.1] [--today 2026-11-01] [--images 0]
 *
 * writes DIR/content/ in the content format (site.yaml, categories.yaml,
 * products.yaml, synonyms.yaml, faq/<top>/<child>/<id>.md) and
 * DIR/queries.jsonl: about 300 lines of
 * {"query", "lang", "expected": <entry id>, "members": bool, "kind"}.
 * `--images N` gives N published entries one local picture each
 * (faq/<top>/<child>/<id>-screen.png, a 750×1334 PNG of an app screen),
 * referenced with alt text from the answer; see pictures.mjs.
 *
 * The same options give byte-identical output, and a smaller --n gives the
 * first entries of a larger corpus. About 1% of entries are drafts; `related`
 * points only at earlier published entries, and from public entries only at
 * public ones; ids are unique across languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEntries } from './entries.mjs';
import { altTextOf, choosePictureEntries, pictureFileOf, pictureOf, withPicture } from './pictures.mjs';
import { buildQueries } from './queries.mjs';
import { categoriesFile, entryFile, entryPath, productsFile, siteFile, synonymsFile } from './render.mjs';

export const DEFAULTS = { n: 1000, seed: 1, zh: 0.3, members: 0.1, today: '2026-11-01', images: 0 };

const USAGE = 'usage: node bench/corpus/generate.mjs --n 10000 --out DIR [--seed 1] [--zh 0.3] [--members 0.1] [--today 2026-11-01] [--images 0]';

/**
 * The corpus as files, without writing anything: `files` maps a path
 * relative to the output folder to its text (a Buffer for a picture), and
 * `pictures` lists the entries that got one.
 * @param {Partial<typeof DEFAULTS>} options
 */
export function buildCorpus(options = {}) {
  const settings = { ...DEFAULTS, ...options };
  const problem = problemWith(settings);
  if (problem) throw new Error(problem);
  const entries = buildEntries(settings.n, settings);
  const queries = buildQueries(entries, settings.seed);
  // After the queries, which read answers: a picture changes no query.
  const pictures = choosePictureEntries(entries, settings.images, settings.seed).map((entry) => {
    const picture = { entry, file: pictureFileOf(entry), alt: altTextOf(entry) };
    entry.body = withPicture(entry.body, picture.alt, picture.file);
    return picture;
  });
  const files = new Map([
    ['content/site.yaml', siteFile()],
    ['content/categories.yaml', categoriesFile()],
    ['content/products.yaml', productsFile()],
    ['content/synonyms.yaml', synonymsFile()],
  ]);
  for (const entry of entries) files.set(`content/${entryPath(entry)}`, entryFile(entry));
  for (const { entry, file } of pictures) files.set(`content/${path.posix.dirname(entryPath(entry))}/${file}`, pictureOf(entry, settings.seed));
  files.set('queries.jsonl', queries.map((query) => JSON.stringify(query)).join('\n').concat('\n'));
  return { settings, entries, queries, pictures, files };
}

/** Writes the corpus into `out` and returns a one-line summary. */
export function writeCorpus(out, options = {}) {
  const contentDir = path.join(out, 'content');
  if (fs.existsSync(contentDir) && fs.readdirSync(contentDir).length > 0) {
    throw new Error(`${contentDir} already exists and is not empty — choose a new folder for --out, or delete it first`);
  }
  const { settings, entries, queries, pictures, files } = buildCorpus(options);
  let bytes = 0;
  const folders = new Set();
  for (const [file, text] of files) {
    const target = path.join(out, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(target, text);
    bytes += Buffer.byteLength(text);
  }
  const count = (test) => entries.filter(test).length;
  return (
    `corpus: ${settings.n} ${settings.n === 1 ? 'entry' : 'entries'} (zh ${count((entry) => entry.lang === 'zh')}, members-only ${count((entry) => entry.membersOnly)}, ` +
    `drafts ${count((entry) => entry.draft)}), ${queries.length} queries${pictures.length ? `, ${pictures.length} pictures` : ''} → ${files.size} files, ${bytes} bytes in ${out}`
  );
}

function problemWith({ n, seed, zh, members, today, images }) {
  if (!Number.isInteger(n) || n < 1) return '--n must be a whole number of entries, 1 or more';
  if (!Number.isInteger(images) || images < 0) return '--images must be a whole number of pictures, 0 or more';
  if (!Number.isFinite(seed)) return '--seed must be a number';
  if (!(zh >= 0 && zh <= 1)) return '--zh must be a share between 0 and 1, such as 0.3';
  if (!(members >= 0 && members <= 1)) return '--members must be a share between 0 and 1, such as 0.1';
  const date = new Date(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d\d-\d\d$/.test(today) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== today) return '--today must be a date, YYYY-MM-DD';
  return undefined;
}

function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        n: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, zh: { type: 'string' },
        members: { type: 'string' }, today: { type: 'string' }, images: { type: 'string' }, help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return fail(error.message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) return fail('--out DIR is required');
  const number = (name) => (values[name] === undefined ? DEFAULTS[name] : Number(values[name]));
  const options = { n: number('n'), seed: number('seed'), zh: number('zh'), members: number('members'), today: values.today ?? DEFAULTS.today, images: number('images') };
  const problem = problemWith(options);
  if (problem) return fail(problem);
  try {
    console.log(writeCorpus(values.out, options));
    return 0;
  } catch (error) {
    return fail(error.message);
  }
}

function fail(message) {
  console.error(`generate: ${message}\n${USAGE}`);
  return 2;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
