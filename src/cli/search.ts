import fs from 'node:fs';
import path from 'node:path';
import { AUDIENCES, isAudience } from '../core/audiences.ts';
import { loadContent } from '../core/content/load.ts';
import { errorsIn, formatProblems } from '../core/content/problems.ts';
import { buildSearchIndex } from '../core/search/build-index.ts';
import { publicSearchDocuments, publicSearchTexts, searchDocumentsOf } from '../core/search/search-documents.ts';
import { buildSite, type BuiltSite } from '../core/site/build-site.ts';
import { loadSearchIndex, type LoadedSearchIndex } from '../core/search/load-index.ts';
import { searchIndexes } from '../core/search/query.ts';
import type { Content } from '../core/content/types.ts';
import type { SearchAudience, SearchIndexFile } from '../core/search/types.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `usage: npm run search -- [options] "how do I get my money back"
       npm run search -- --queries queries.jsonl [--limit 10]

Searches the site's content with the same index the browser downloads.
With --queries, reads JSON lines {"query", "lang"?} and prints one line
{"query", "ids"} per input line, in order. Reads CONTENT_DIR (default content/).

  --lang L          language of the index (default: the query's, else the site's default)
  --limit N         hits per query (default 10)
  --audience A      only entries for prospect, new or loyal readers
  --category PATH   only entries in this category or below it
  --members         also search members-only entries (a second index, as members see it)
  --json            print hits as JSON`;

const { values, positionals } = readCommandLine({
  allowPositionals: true,
  options: {
    queries: { type: 'string' },
    limit: { type: 'string', default: '10' },
    lang: { type: 'string' },
    audience: { type: 'string' },
    category: { type: 'string' },
    members: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
}, USAGE);

if (values.help || (!values.queries && positionals.length === 0)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail('--limit must be a positive whole number');
const audience = values.audience as SearchAudience | undefined;
if (audience && !isAudience(audience)) fail(`--audience must be one of ${AUDIENCES.join(', ')}`);

const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');
const { content, problems } = loadContent(contentDir, { includeDrafts: false });
if (!content || errorsIn(problems).length) {
  console.error(formatProblems(errorsIn(problems)));
  fail(`the content in ${contentDir} has errors; fix them (npm run check) before searching it`);
}
if (problems.length) console.error(`${problems.length} content warning(s); run npm run check to see them`);

const site = buildSite(content);
const indexes = new Map<string, Promise<LoadedSearchIndex[]>>();
const indexesFor = (lang: string) => {
  let pending = indexes.get(lang);
  if (!pending) indexes.set(lang, (pending = openIndexes(content, site, lang, values.members)));
  return pending;
};
const searchOptions = { limit, audience, category: values.category };

if (values.queries) {
  if (!fs.existsSync(values.queries) || !fs.statSync(values.queries).isFile()) fail(`${values.queries}: no such file — --queries names a file of JSON lines {"query", "lang"?}`);
  const lines = fs.readFileSync(values.queries, 'utf8').split(/\r?\n/).filter((line) => line.trim());
  const output: string[] = [];
  for (const [number, line] of lines.entries()) {
    let input: { query?: unknown; lang?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
    } catch (error) {
      fail(`${values.queries}:${number + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof input.query !== 'string') fail(`${values.queries}:${number + 1}: needs a "query" string`);
    const lang = values.lang ?? (typeof input.lang === 'string' ? input.lang : content.site.defaultLang);
    const { hits } = await searchIndexes(await indexesFor(lang), input.query, searchOptions);
    output.push(JSON.stringify({ query: input.query, ids: hits.map((hit) => hit.id) }));
  }
  process.stdout.write(output.length ? `${output.join('\n')}\n` : '');
} else {
  const query = positionals.join(' ');
  const lang = values.lang ?? content.site.defaultLang;
  const response = await searchIndexes(await indexesFor(lang), query, searchOptions);
  if (values.json) console.log(JSON.stringify(response, null, 2));
  else printHits(query, response);
}

/** Builds the index files in memory and opens them through a loader, exactly as the browser does over HTTP. */
async function openIndexes(content: Content, { model, membersOnly }: BuiltSite, lang: string, withMembers: boolean): Promise<LoadedSearchIndex[]> {
  if (!content.site.languages.includes(lang)) fail(`the site has no language "${lang}" (it has ${content.site.languages.join(', ')})`);
  const builds: SearchIndexFile[][] = [buildSearchIndex(publicSearchDocuments(model, lang), { lang, synonyms: content.synonyms, synonymTexts: publicSearchTexts(model) })];
  const members = membersOnly.find((view) => view.lang === lang)!.entries;
  if (withMembers) {
    builds.push(buildSearchIndex(searchDocumentsOf(members, model.base), { lang, synonyms: content.synonyms, scope: 'members' }));
  }
  return Promise.all(
    builds.map(async (files) => {
      const byPath = new Map(files.map((file) => [file.path, file.contents]));
      const index = await loadSearchIndex(async (file) => {
        const contents = byPath.get(file);
        if (contents === undefined) throw new Error(`the index has no file ${file}`);
        return contents;
      });
      await index.loadAll();
      return index;
    }),
  );
}

function printHits(query: string, response: Awaited<ReturnType<typeof searchIndexes>>): void {
  if (!response.hits.length) {
    console.log(`No results for "${query}".`);
    if (response.didYouMean) {
      console.log(`Did you mean "${response.didYouMean.query}"?`);
      for (const question of response.didYouMean.questions) console.log(`  ${question}`);
    }
    return;
  }
  response.hits.forEach((hit, i) => {
    const members = hit.members ? ' [members]' : '';
    console.log(`${String(i + 1).padStart(2)}. ${hit.score.toFixed(2).padStart(6)}  ${hit.id}${members}\n      ${hit.question.text}\n      ${hit.snippet.text}`);
  });
}

function fail(message: string): never {
  console.error(`search: ${message}\n\n${USAGE}`);
  process.exit(2);
}
