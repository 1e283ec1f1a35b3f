import fs from 'node:fs';
import path from 'node:path';

/**
 * Size of a built site: total bytes and files, how many HTML pages it holds
 * (the pages a visitor can open, as opposed to feeds, indexes, assets), and
 * its largest file, which a host's limit per file meets first.
 */
export function measureFolder(folder) {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  let largestFile = null;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    const file = path.join(entry.parentPath, entry.name);
    const size = fs.statSync(file).size;
    bytes += size;
    if (entry.name.endsWith('.html')) htmlPages++;
    if (!largestFile || size > largestFile.bytes) largestFile = { path: path.relative(folder, file), bytes: size };
  }
  return { bytes, files, htmlPages, largestFile };
}
