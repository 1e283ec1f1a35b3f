import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { loadContent } from '../core/content/load.ts';
import { LANGUAGE_TAG } from '../core/content/schema.ts';
import type { CategoryNode } from '../core/import/category-plan.ts';
import { readCsv } from '../core/import/csv-source.ts';
import { planImport, type ImportPlan, type ImportTarget } from '../core/import/plan.ts';
import { summarize } from '../core/import/summary.ts';
import { formatProblem, type ImportProblem, type SourceRead } from '../core/import/types.ts';
import { readWebPage } from '../core/import/web-page-source.ts';
import { readZendesk } from '../core/import/zendesk-source.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `usage: npm run import -- <source> [--out content/] [--lang en] [--category general] [--map question=Frage,answer=Antwort] [--dry-run] [--force]

Brings an existing FAQ into the content folder, one entry file per question:
  faq.html, a saved page    schema.org FAQPage data (JSON-LD or microdata), else
                            <details>/<summary>, <dl>/<dt>/<dd>, or headings and answers
  faq.csv, faq.tsv          a header row with question, answer, category, audience,
                            keywords, language (and id, url); --map names other headers
  help-center/ or *.json    a Zendesk Guide export: articles, sections and categories JSON

--out      the content folder (default CONTENT_DIR or content/)
--lang     the language of questions whose source names none (default the site's)
--category the category of questions whose source names none (default General)
--dry-run  print what would be written, and write nothing
--force    overwrite files that already exist`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    lang: { type: 'string' },
    category: { type: 'string' },
    map: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

/** Mistakes in the command itself, reported with the source's own so one run names them all. */
const commandProblems: ImportProblem[] = [];
if (values.lang !== undefined && !LANGUAGE_TAG.test(values.lang)) {
  commandProblems.push({ where: '--lang', message: `"${values.lang}" is not a language tag`, handled: 'write a tag such as en, zh or de', severity: 'error' });
}
const sourcePath = path.resolve(positionals[0]!);
const outDir = path.resolve(values.out ?? process.env.CONTENT_DIR ?? 'content');
const shown = (file: string) => path.relative(process.cwd(), file) || '.';

if (!fs.existsSync(sourcePath)) fail([{ where: shown(sourcePath), message: 'there is no such file or folder', handled: 'give the path of an HTML page, a CSV or TSV file, or a Zendesk export', severity: 'error' }]);
const source = readSourceOrFail(sourcePath);
const sourceDir = fs.statSync(sourcePath).isDirectory() ? sourcePath : path.dirname(sourcePath);
const target = readTargetOrFail(outDir);
if ('problems' in target) fail(target.problems);
const plan = planImport(source, { ...target, filesBesideSource: filesBeside(sourceDir) }, { lang: values.lang, category: values.category });

const errors = plan.problems.filter((problem) => problem.severity === 'error');
if (!values.force) {
  for (const file of [...plan.files.filter((item) => item.mode === 'create').map((item) => item.path), ...plan.copies.map((copy) => copy.to)]) {
    if (fs.existsSync(path.join(outDir, file))) errors.push({ where: shown(path.join(outDir, file)), message: 'already exists', handled: 'import with --force to overwrite it, or into another --out', severity: 'error' });
  }
}
for (const problem of plan.problems.filter((item) => item.severity === 'warning')) console.log(formatProblem(problem));
if (errors.length || commandProblems.length) fail(errors);

if (values['dry-run']) {
  for (const file of plan.files) console.log(`would ${file.mode === 'append' ? 'add to' : 'write'} ${shown(path.join(outDir, file.path))}`);
  for (const copy of plan.copies) console.log(`would copy ${shown(path.join(sourceDir, copy.from))} to ${shown(path.join(outDir, copy.to))}`);
} else {
  write(plan);
}
console.log(summarize(plan, { out: shown(outDir), dryRun: values['dry-run'] }));

/** A source that cannot be read at all (a folder without access, a file that vanished) is one error, never a stack trace. */
function readSourceOrFail(file: string): SourceRead {
  try {
    return readSource(file);
  } catch (error) {
    fail([{ where: shown(file), message: `cannot be read (${(error as Error).message})`, handled: 'check the path and its permissions', severity: 'error' }]);
  }
}

function readSource(file: string): SourceRead {
  const name = shown(file);
  if (fs.statSync(file).isDirectory()) {
    const files = fs.readdirSync(file).filter((entry) => entry.toLowerCase().endsWith('.json')).sort();
    if (!files.length) fail([{ where: name, message: 'the folder holds no .json files', handled: 'give a Zendesk export folder (articles.json, sections.json, categories.json), an HTML page or a CSV file', severity: 'error' }]);
    return readZendesk(files.map((entry) => ({ file: shown(path.join(file, entry)), text: decodeText(fs.readFileSync(path.join(file, entry)), shown(path.join(file, entry))) })));
  }
  const text = decodeText(fs.readFileSync(file), name);
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return readZendesk([{ file: name, text }]);
  if (['.html', '.htm', '.xhtml'].includes(extension) || /^\s*(<!doctype html|<html)/i.test(text)) return readWebPage(text, { file: name });
  if (['.csv', '.tsv', '.tab', '.txt'].includes(extension)) return readCsv(text, { file: name, map: values.map, tab: extension === '.tsv' || extension === '.tab' ? true : undefined });
  fail([{ where: name, message: `"${extension || 'no extension'}" is not a kind of source the import reads`, handled: 'give an HTML page (.html), a spreadsheet saved as .csv or .tsv, or a Zendesk export (.json or a folder)', severity: 'error' }]);
}

/**
 * UTF-8, or UTF-16 with its byte-order mark (Excel's "Unicode Text" export);
 * anything else is refused at its first unreadable byte rather than imported
 * as mojibake.
 */
function decodeText(bytes: Buffer, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const valid = Buffer.from(new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0]!, 'utf8');
    const line = valid.toString('utf8').split('\n').length;
    fail([{ where: `${name}:${line}`, message: 'the file is not UTF-8 text', handled: 'save it again as UTF-8 (in a spreadsheet program: "CSV UTF-8"); nothing was imported', severity: 'error' }]);
  }
}

function readTargetOrFail(dir: string): ReturnType<typeof readTarget> {
  try {
    return readTarget(dir);
  } catch (error) {
    const where = error instanceof yaml.YAMLException ? `${shown(path.join(dir, 'categories.yaml'))}:${error.mark.line + 1}` : shown(dir);
    return { problems: [{ where, message: `cannot be read (${error instanceof yaml.YAMLException ? error.reason : (error as Error).message})`, handled: 'fix it, then import again (npm run check lists every problem)', severity: 'error' }] };
  }
}

/** What the import needs of the content folder: its settings, categories and entries, when it has them. */
function readTarget(dir: string): Omit<ImportTarget, 'filesBesideSource'> | { problems: ImportProblem[] } {
  const categoriesFile = path.join(dir, 'categories.yaml');
  const readCategories = () => (fs.existsSync(categoriesFile) ? ((yaml.load(fs.readFileSync(categoriesFile, 'utf8')) as CategoryNode[] | null) ?? []) : []);
  // A folder begun by hand may have categories.yaml before site.yaml: its categories are kept all the same.
  if (!fs.existsSync(path.join(dir, 'site.yaml'))) return { categories: readCategories(), entries: [] };
  const { content, problems } = loadContent(dir, { includeDrafts: true });
  const broken = problems.filter((problem) => problem.severity === 'error' && /site\.yaml|categories\.yaml/.test(problem.file));
  if (!content || broken.length) {
    return { problems: broken.map((problem) => ({ where: `${problem.file}${problem.line ? `:${problem.line}` : ''}`, message: problem.message, handled: `${problem.hint ?? 'fix it'}, then import again (npm run check lists every problem)`, severity: 'error' as const })) };
  }
  const categories = readCategories();
  return {
    site: {
      defaultLang: content.site.defaultLang,
      languages: content.site.languages,
      gateAudiences: content.site.gate.audiences,
      imageOrigins: content.site.images?.origins ?? [],
      videoProviders: [...(content.site.videos?.providers ?? [])],
    },
    categories,
    entries: content.entries.map((entry) => ({ id: entry.id, lang: entry.lang, file: entry.sourcePath.split(path.sep).join('/') })),
  };
}

/** Files in the source's folder, where pictures its answers show may be (a saved page keeps them in `<name>_files/`). */
function filesBeside(dir: string): Set<string> {
  const found = new Set<string>();
  const visit = (folder: string, depth: number) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (found.size >= 10_000 || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory() && depth < 4) visit(full, depth + 1);
      else if (entry.isFile()) found.add(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  visit(dir, 0);
  return found;
}

/** Every file goes to a temporary name first and is renamed into place, so an interrupted import leaves no half-written file. */
function write(result: ImportPlan): void {
  const writes = [
    ...result.files.map((file) => ({ to: path.join(outDir, file.path), data: file.mode === 'append' ? appended(path.join(outDir, file.path), file.text) : file.text })),
    ...result.copies.map((copy) => ({ to: path.join(outDir, copy.to), data: fs.readFileSync(path.join(sourceDir, copy.from)) })),
  ];
  try {
    for (const { to, data } of writes) {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(`${to}.import-tmp`, data);
    }
  } catch (error) {
    for (const { to } of writes) {
      try {
        fs.rmSync(`${to}.import-tmp`, { force: true });
      } catch {
        // Its folder could not be made, so it was never written.
      }
    }
    fail([{ where: shown(outDir), message: `cannot be written (${(error as Error).message})`, handled: 'check the folder\'s permissions and free space', severity: 'error' }]);
  }
  for (const { to } of writes) fs.renameSync(`${to}.import-tmp`, to);
}

function appended(file: string, text: string): string {
  const existing = fs.readFileSync(file, 'utf8');
  return `${existing}${existing.endsWith('\n') || !existing ? '' : '\n'}${text}`;
}

function fail(found: ImportProblem[]): never {
  const problems = [...commandProblems, ...found];
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`The import stopped with ${problems.length} ${problems.length === 1 ? 'error' : 'errors'}; nothing was written.`);
  process.exit(1);
}
