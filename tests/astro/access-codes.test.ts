import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFingerprint, refreshDemoFingerprint, resolveAccessCodes } from '../../src/astro/access-codes.ts';
import { copyContent, removeTemporaryFolders, temporaryFolder } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

const ROOT = path.resolve(import.meta.dirname, '../..');
const NO_CODES = { FAQ_CODES_FILE: 'no-such-file' };
/** The demo's public codes: the default tier's, and the partners tier's. */
const DEMO_CODES = ['DEMO-7K2M-XQ4T-9B3H-ZP6C', 'PRTN-1V1Z-9AQ8-K2NB-RCP6:partners'];

describe('the demo’s public access code', () => {
  it('applies to the demo content exactly as it is in the repository', () => {
    expect(resolveAccessCodes(ROOT, copyContent('content'), NO_CODES).codes).toEqual(DEMO_CODES);
  });

  it('applies to nothing else: the demo’s YAML with one entry changed, added or removed', () => {
    const changed = copyContent('content');
    const entry = path.join(changed, 'faq/orders/payment/loyalty-discount-code.md');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/\n---\n/, '\n---\nOur own members-only answer.\n'));
    const added = copyContent('content');
    fs.writeFileSync(path.join(added, 'faq/orders/payment/our-secret.md'), '---\nquestion: Our secret?\ncategories: [orders/payment]\naudience: [loyal]\n---\nOurs.\n');
    const removed = copyContent('content');
    fs.rmSync(path.join(removed, 'faq/orders/payment/loyalty-discount-code.md'));
    for (const contentDir of [changed, added, removed]) {
      expect(resolveAccessCodes(ROOT, contentDir, NO_CODES)).toEqual({ codes: [], source: 'none', notTheDemo: true });
    }
  });

  it('is the same fingerprint with Windows line endings; the path of a file counts as well as its contents', () => {
    const unix = copyContent('content');
    const windows = copyContent('content');
    for (const file of fs.readdirSync(windows, { recursive: true }) as string[]) {
      const full = path.join(windows, file);
      // As git checks out on Windows: text files get CRLF, binary ones (pictures: git sees a NUL byte) stay byte for byte.
      if (fs.statSync(full).isFile() && !fs.readFileSync(full).includes(0)) fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/\n/g, '\r\n'));
    }
    expect(contentFingerprint(windows)).toBe(contentFingerprint(unix));
    // Path and contents both count: the same bytes under another name are another content.
    const renamed = copyContent('content');
    fs.renameSync(path.join(renamed, 'faq/orders/payment/loyalty-discount-code.md'), path.join(renamed, 'faq/orders/payment/loyalty-discount-code2.md'));
    expect(contentFingerprint(renamed)).not.toBe(contentFingerprint(unix));
    expect(contentFingerprint(temporaryFolder('faq-empty-'))).not.toBe(contentFingerprint(unix));
  });

  it('opens the edited demo again once a maintainer refreshes the fingerprint (npm run codes -- --demo-fingerprint)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-demo-root-'));
    fs.copyFileSync(path.join(ROOT, 'demo-access-code.json'), path.join(root, 'demo-access-code.json'));
    const edited = copyContent('content');
    fs.appendFileSync(path.join(edited, 'faq/orders/payment/loyalty-discount-code.md'), '\nA new sentence in the demo.\n');
    expect(resolveAccessCodes(root, edited, NO_CODES).codes).toEqual([]);
    refreshDemoFingerprint(root, edited);
    expect(resolveAccessCodes(root, edited, NO_CODES).codes).toEqual(DEMO_CODES);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'demo-access-code.json'), 'utf8')).codes).toEqual(DEMO_CODES);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('the codes input', () => {
  it('reads each code’s tiers the same way from FAQ_ACCESS_CODES and from .faq-codes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-codes-root-'));
    fs.writeFileSync(path.join(root, '.faq-codes'), '# one per line\nK7QM-8D2F-XW4T-9B3H-ZP6C\n54DZ-1V1Z-9AQ8-K2NB-RCP6:partners+pro  # resellers\n');
    const fromFile = resolveAccessCodes(root, copyContent('content'), {});
    const fromEnv = resolveAccessCodes(root, copyContent('content'), { FAQ_ACCESS_CODES: 'K7QM-8D2F-XW4T-9B3H-ZP6C, 54DZ-1V1Z-9AQ8-K2NB-RCP6:partners+pro' });
    expect(fromFile.codes).toEqual(['K7QM-8D2F-XW4T-9B3H-ZP6C', '54DZ-1V1Z-9AQ8-K2NB-RCP6:partners+pro']);
    expect(fromEnv.codes).toEqual(fromFile.codes);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
