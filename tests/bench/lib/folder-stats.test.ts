import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureFolder } from '../../../bench/lib/folder-stats.mjs';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-folder-stats-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the size of a built site', () => {
  it('counts bytes, files and pages, and names the largest file wherever it is', () => {
    const files = { 'index.html': 300, 'q/a/index.html': 500, 'faq.json': 4000, '_faq/search/en/0.json': 1200 };
    for (const [file, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), Buffer.alloc(bytes));
    }
    expect(measureFolder(folder)).toEqual({ bytes: 6000, files: 4, htmlPages: 2, largestFile: { path: 'faq.json', bytes: 4000 } });
  });
});
