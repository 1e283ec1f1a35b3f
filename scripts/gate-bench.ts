/**
 * The members-only section at scale: the size of the encrypted payloads a
 * returning customer downloads, and how long unlocking takes in Node (one
 * PBKDF2 derivation at the production iteration count, unwrapping, fetching
 * nothing but decrypting and opening the catalogue and its search index).
 *
 *   npm run bench:gate [-- --sizes 1000,10000] [--json FILE]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readCommandLine } from '../src/cli/command-line.ts';
import { wholeNumbers } from '../bench/lib/whole-numbers.mjs';
import { loadSite } from '../src/astro/load-site.ts';
import { writeMembersSection, type MembersCatalogue, type MembersManifest } from '../src/astro/members-output.ts';
import { membersSearchInput } from '../src/astro/members-search.ts';
import { buildMembersSearchIndexes } from '../src/astro/build-search-indexes.ts';
import { decryptFile, generateAccessCode, unlockKeyring } from '../src/core/gate/index.ts';
import { loadSearchIndex } from '../src/core/search/index.ts';
import { corpusGeneratorPath, generateCorpus } from '../bench/lib/corpus.mjs';

const GENERATOR = corpusGeneratorPath(path.resolve(import.meta.dirname, '..'));
const { values } = readCommandLine({ options: { sizes: { type: 'string', default: '1000,10000' }, json: { type: 'string' } } });

interface GateFigures {
  entries: number;
  membersOnly: number;
  files: number;
  totalBytes: number;
  catalogueBytes: Record<string, number>;
  largestShardBytes: number;
  unlockMs: number;
  keyDerivationMs: number;
  openCatalogueMs: number;
}

/** A fresh corpus per run: one left over from an older generator would measure the wrong thing. */
async function measure(size: number): Promise<GateFigures> {
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), `faq-gate-bench-${size}-`));
  try {
    return await measureCorpus(size, generateCorpus({ node: process.execPath, generator: GENERATOR, entries: size, outDir: corpus }).contentDir);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

async function measureCorpus(size: number, contentDir: string): Promise<GateFigures> {
  const code = generateAccessCode();
  const site = await loadSite({ root: process.cwd(), contentDir, includeDrafts: false }, { ...process.env, FAQ_ACCESS_CODES: code });
  if (site.members.mode !== 'encrypt') throw new Error('expected an encrypted members-only section');
  const files = new Map<string, Uint8Array>();
  await writeMembersSection(site, site.members, (file, contents) => {
    const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
    files.set(path.basename(file), bytes);
  }, path.join(os.tmpdir(), 'faq-gate-bench-pictures'), buildMembersSearchIndexes(membersSearchInput(site, site.members)));
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')!)) as MembersManifest;

  const started = performance.now();
  const key = (await unlockKeyring(manifest.keyring, code))!.tierKeys.get(0)!;
  const derived = performance.now();
  const name = manifest.catalogues[site.content.site.defaultLang]![0]!;
  const catalogue = JSON.parse(gunzipSync(await decryptFile(key, name, files.get(`${name}.bin`)!)).toString()) as MembersCatalogue;
  await loadSearchIndex(async (file) => catalogue.search[file]!);
  const opened = performance.now();

  const sizes = [...files].filter(([file]) => file.endsWith('.bin'));
  const catalogueNames = new Set(Object.values(manifest.catalogues).flat().map((catalogueName) => `${catalogueName}.bin`));
  return {
    entries: size,
    membersOnly: site.membersOnly.reduce((sum, members) => sum + members.entries.length, 0),
    files: files.size,
    totalBytes: [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0),
    catalogueBytes: Object.fromEntries(Object.entries(manifest.catalogues).map(([lang, [catalogueName]]) => [lang, files.get(`${catalogueName}.bin`)!.length])),
    largestShardBytes: Math.max(...sizes.filter(([file]) => !catalogueNames.has(file)).map(([, bytes]) => bytes.length)),
    unlockMs: Math.round(opened - started),
    keyDerivationMs: Math.round(derived - started),
    openCatalogueMs: Math.round(opened - derived),
  };
}

const results: GateFigures[] = [];
for (const size of wholeNumbers(values.sizes, '--sizes')) results.push(await measure(size));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('members-only section (encrypted; sizes as downloaded, already compressed before encryption)');
console.log('entries  members-only  files  total      catalogue per language        largest shard  unlock (derive + open)');
for (const row of results) {
  console.log(
    `${String(row.entries).padEnd(8)} ${String(row.membersOnly).padEnd(13)} ${String(row.files).padEnd(6)} ${kb(row.totalBytes).padEnd(10)} ${Object.entries(row.catalogueBytes).map(([lang, bytes]) => `${lang} ${kb(bytes)}`).join(', ').padEnd(29)} ${kb(row.largestShardBytes).padEnd(14)} ${row.unlockMs} ms (${row.keyDerivationMs} + ${row.openCatalogueMs})`,
  );
}
if (values.json) fs.writeFileSync(values.json, JSON.stringify({ gate: results }, null, 2));
