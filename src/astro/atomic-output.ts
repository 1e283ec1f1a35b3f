import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The site is built into a sibling folder and swapped in only when the whole
 * build succeeded, so a failed build never leaves a half-written site behind.
 */
export function stagingFor(outDir: URL): { staging: URL; final: URL } {
  const finalPath = fileURLToPath(outDir).replace(/\/+$/, '');
  return { staging: new URL(`file://${finalPath}.partial/`), final: new URL(`file://${finalPath}/`) };
}

export function prepareStaging(staging: URL): void {
  fs.rmSync(staging, { recursive: true, force: true });
}

export function publishStaging(staging: URL, final: URL): void {
  const finalPath = fileURLToPath(final).replace(/\/+$/, '');
  const previous = `${finalPath}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(finalPath)) fs.renameSync(finalPath, previous);
  fs.renameSync(fileURLToPath(staging).replace(/\/+$/, ''), finalPath);
  fs.rmSync(previous, { recursive: true, force: true });
}
