import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The corpus generator: the project's own (bench/corpus/generate.mjs), or
 * another with the same command line named by GEN_CORPUS.
 */
export function corpusGeneratorPath(repoRoot) {
  const generator = process.env.GEN_CORPUS ? path.resolve(process.env.GEN_CORPUS) : path.join(repoRoot, 'bench/corpus/generate.mjs');
  if (!fs.existsSync(generator)) {
    throw new Error(`The corpus generator is missing: expected ${generator}${process.env.GEN_CORPUS ? ' (from GEN_CORPUS)' : ''}.`);
  }
  return generator;
}

/** Writes a corpus of `entries` entries, `pictures` of them with a local picture, into `outDir` and returns its content folder. */
export function generateCorpus({ node, generator, entries, pictures = 0, outDir }) {
  // Without pictures the command line stays the one every generator takes (GEN_CORPUS may name one without --images).
  const args = ['--n', String(entries), ...(pictures > 0 ? ['--images', String(pictures)] : [])];
  const result = spawnSync(node, [fs.realpathSync(generator), ...args, '--out', outDir], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${path.basename(generator)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  }
  const contentDir = path.join(outDir, 'content');
  if (!fs.existsSync(path.join(contentDir, 'faq'))) throw new Error(`${path.basename(generator)} wrote no ${contentDir}/faq folder.`);
  return { contentDir, summary: result.stdout.trim() };
}
