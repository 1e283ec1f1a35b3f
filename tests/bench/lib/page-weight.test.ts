import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { largestPageGzip } from '../../../bench/lib/page-weight.mjs';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function siteWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-page-weight-'));
  folders.push(dir);
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

describe('the heaviest page of a built site', () => {
  it('is the page largest once gzipped, not the largest on disk', () => {
    // Repetitive markup compresses to almost nothing; random text hardly compresses.
    const repetitive = `<html>${'<li><a href="/q/x/">A question</a></li>'.repeat(5000)}</html>`;
    const dense = `<html>${crypto.randomBytes(30_000).toString('base64')}</html>`;
    const site = siteWith({ 'c/topic/index.html': repetitive, 'q/one/index.html': dense, 'index.html': '<html>home</html>', '_faq/search/en/0.json': crypto.randomBytes(200_000) });
    const largest = largestPageGzip(site);
    expect(largest).toEqual({ page: path.join('q', 'one', 'index.html'), bytes: Buffer.byteLength(dense), gzipBytes: gzipSync(dense).length, pages: 3 });
    expect(Buffer.byteLength(repetitive)).toBeGreaterThan(largest!.bytes);
  });

  it('says so when the site has no page', () => {
    expect(largestPageGzip(siteWith({ 'robots.txt': 'User-agent: *' }))).toBeNull();
  });
});
