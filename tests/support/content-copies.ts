import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const VALID = 'tests/fixtures/valid/content';
const copies: string[] = [];

/** A copy of the valid fixture with lines added to its site.yaml (which has 8 lines). */
export function contentWithSite(extra: string): { dir: string; siteLabel: string } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-site-'));
  copies.push(parent);
  const dir = path.join(parent, 'content');
  fs.cpSync(VALID, dir, { recursive: true });
  fs.appendFileSync(path.join(dir, 'site.yaml'), extra);
  return { dir, siteLabel: path.relative(process.cwd(), path.join(dir, 'site.yaml')) };
}

/** For `afterAll`: removes every copy this test file made. */
export function removeContentCopies(): void {
  for (const copy of copies.splice(0)) fs.rmSync(copy, { recursive: true, force: true });
}
