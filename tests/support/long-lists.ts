import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Text that compresses about as badly as real prose does (generated text that
 * repeats itself would make any page look small once gzipped): words of
 * random syllables, the same for every run.
 */
export function prose(seed: number, words: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'dau', 'ghe', 'bri', 'sto', 'wex', 'fin', 'jor', 'qua', 'zel', 'hup', 'cy'];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const word = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  return Array.from({ length: words }, (_, index) => (index % 12 === 11 ? `${word()}.` : word())).join(' ');
}

const folders: string[] = [];

/** A content folder in a temporary place, from a map of file paths to their text. */
export function writeContentFolder(files: Map<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-long-lists-'));
  folders.push(dir);
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Removes every folder `writeContentFolder` made; call it from `afterAll`. */
export function removeContentFolders(): void {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
}
