import fs from 'node:fs';
import path from 'node:path';

/**
 * Size of a built site: total bytes and files, and how many HTML pages it
 * holds (the pages a visitor can open, as opposed to feeds, indexes, assets).
 */
export function measureFolder(folder) {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) htmlPages++;
  }
  return { bytes, files, htmlPages };
}
