import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The shared corpus generator lives beside the repository, in shared/bench/. */
export function corpusGeneratorPath(repoRoot) {
  const generator = path.resolve(repoRoot, '../shared/bench/gen-corpus.mjs');
  if (!fs.existsSync(generator)) {
    throw new Error(
      `The corpus generator is missing: expected ${generator}.\n` +
        'The benchmark needs the shared folder checked out beside this repository (../shared/bench/gen-corpus.mjs).',
    );
  }
  return generator;
}

/** Writes a corpus of `entries` entries into `outDir` and returns its content folder. */
export function generateCorpus({ node, generator, entries, outDir }) {
  const result = spawnSync(node, [fs.realpathSync(generator), '--n', String(entries), '--out', outDir], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`gen-corpus --n ${entries} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  }
  const contentDir = path.join(outDir, 'content');
  if (!fs.existsSync(path.join(contentDir, 'faq'))) throw new Error(`gen-corpus wrote no ${contentDir}/faq folder.`);
  return { contentDir, summary: result.stdout.trim() };
}
