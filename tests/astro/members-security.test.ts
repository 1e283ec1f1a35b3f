import nodeCrypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content/load.ts';
import { markdownToText } from '../../src/core/markdown/text.ts';
import { normalizeAccessCode } from '../../src/core/gate/index.ts';
import { searchDocumentsOf } from '../../src/core/search/search-documents.ts';
import { buildSite as buildModel } from '../../src/core/site/build-site.ts';
import { searchTextsOf } from '../../src/core/search/document-text.ts';
import { synonymsFoundIn } from '../../src/core/search/synonyms.ts';
import type { Entry } from '../../src/core/content/types.ts';
import { buildSite, copyContent, generateCorpus, listFiles, readOutput, removeTemporaryFolders, TEST_ACCESS_CODE, type BuildResult } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

/** Every way a members-only text could leak: raw, HTML-escaped, JSON-escaped, URL-encoded. */
function forms(text: string): string[] {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return [...new Set([text, html, JSON.stringify(text).slice(1, -1), encodeURIComponent(text)])];
}

/**
 * What must never appear in the output: each members-only question, every
 * sentence of its answer, its keywords and its slug, in every form — except
 * text the site shows anyway when it has no members-only entries at all (a
 * keyword like "voucher" may be in the public synonyms, "token" in a script).
 */
function secretsOf(contentDir: string, publicBuild: string): string[] {
  const { content } = loadContent(contentDir, { includeDrafts: false });
  const publicOutput = listFiles(publicBuild).map((file) => fs.readFileSync(path.join(publicBuild, file), 'utf8')).join('\n');
  const secrets = new Set<string>();
  for (const entry of content!.entries.filter((candidate) => candidate.membersOnly)) {
    for (const text of candidatesOf(entry)) for (const form of forms(text)) if (!publicOutput.includes(form)) secrets.add(form);
  }
  return [...secrets];
}

/** The same content with its members-only entries taken out, built. */
function buildWithoutMembers(contentDir: string): BuildResult {
  const copy = copyContent(contentDir);
  const { content } = loadContent(contentDir, { includeDrafts: true });
  for (const entry of content!.entries.filter((candidate) => candidate.membersOnly)) fs.rmSync(path.join(copy, entry.sourcePath));
  const build = buildSite({ contentDir: copy });
  expect(build.status, build.output).toBe(0);
  return build;
}

let demoWithoutMembers: BuildResult | undefined;
/** The demo without its members-only entries, built once for the tests that only read it. */
function buildDemoWithoutMembers(): BuildResult {
  return (demoWithoutMembers ??= buildWithoutMembers('content'));
}

function candidatesOf(entry: Entry): string[] {
  const sentences = markdownToText(entry.body).split(/(?<=[.!?。！？])\s*|\n/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length >= 12);
  return [entry.question, entry.id, ...entry.also, ...entry.keywords.filter((keyword) => keyword.length >= 4), ...sentences];
}

function leaks(outDir: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const file of listFiles(outDir)) {
    const text = fs.readFileSync(path.join(outDir, file)).toString('latin1') + fs.readFileSync(path.join(outDir, file), 'utf8');
    for (const secret of secrets) if (text.includes(secret)) found.push(`${file}: ${secret}`);
  }
  return found;
}

/** The partners tier's test code: the build reads it as `CODE:partners`. */
const PARTNERS_TEST_CODE = 'PT3S-7VQM-2D8F-W9T4-H3BZ';
const BOTH_TIERS = { FAQ_ACCESS_CODES: `${TEST_ACCESS_CODE},${PARTNERS_TEST_CODE}:partners` };

/**
 * docs/members-format.md with Node's crypto module, an implementation of its
 * own: the content keys a code's slots open, by tier number.
 */
function contentKeysOf(manifest: { keyring: { kdf: { iterations: number }; keys: { prefix: string; slots: string[] }[] } }, typed: string): Map<number, Buffer> {
  const code = normalizeAccessCode(typed)!;
  const item = manifest.keyring.keys.find((key) => key.prefix === code.prefix)!;
  const salt = nodeCrypto.createHash('sha256').update(`faq-gate:v2:salt:${code.prefix}`).digest().subarray(0, 16);
  const wrappingKey = nodeCrypto.pbkdf2Sync(code.secret, salt, manifest.keyring.kdf.iterations, 32, 'sha256');
  const keys = new Map<number, Buffer>();
  item.slots.forEach((slot, tier) => {
    const bytes = Buffer.from(slot, 'base64url');
    const unwrap = nodeCrypto.createDecipheriv('aes-256-gcm', wrappingKey, bytes.subarray(0, 12));
    unwrap.setAAD(Buffer.from(`faq-gate:v2:key:${code.prefix}:${tier}`));
    unwrap.setAuthTag(bytes.subarray(-16));
    try {
      keys.set(tier, Buffer.concat([unwrap.update(bytes.subarray(12, -16)), unwrap.final()]));
    } catch {
      // Not this code's tier: random bytes, which fail authentication.
    }
  });
  return keys;
}

/** An encrypted file's data (gunzipped when it is JSON), or `undefined` when the key does not open it. */
function openFile(contentKey: Buffer, outDir: string, name: string): string | undefined {
  const file = fs.readFileSync(path.join(outDir, '_faq/m', `${name}.bin`));
  const decipher = nodeCrypto.createDecipheriv('aes-256-gcm', contentKey, file.subarray(4, 16));
  decipher.setAAD(Buffer.from(`faq-gate:v2:file:${name}`));
  decipher.setAuthTag(file.subarray(-16));
  let padded: Buffer;
  try {
    padded = Buffer.concat([decipher.update(file.subarray(16, -16)), decipher.final()]);
  } catch {
    return undefined;
  }
  const data = padded.subarray(4, 4 + padded.readUInt32BE(0));
  return data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data).toString('utf8') : data.toString('latin1');
}

/** Everything a code can read: every encrypted file of the build that one of its content keys opens. */
function readableWith(outDir: string, code: string): string {
  const manifest = JSON.parse(readOutput(outDir, '_faq/m/manifest.json'));
  const keys = [...contentKeysOf(manifest, code).values()];
  const names = listFiles(path.join(outDir, '_faq/m')).filter((file) => file.endsWith('.bin')).map((file) => file.slice(0, -4));
  return names.flatMap((name) => keys.map((key) => openFile(key, outDir, name) ?? '')).join('\n');
}

/** The entries readable in exactly these tiers. */
function entriesOfTier(contentDir: string, tiers: string[]): Entry[] {
  const { content } = loadContent(contentDir, { includeDrafts: false });
  return content!.entries.filter((entry) => entry.membersOnly && entry.tiers.join() === tiers.join());
}

describe('members-only content in the built demo', () => {
  let build: BuildResult;
  let publicOnly: BuildResult;
  beforeAll(() => {
    build = buildSite({ env: BOTH_TIERS, reuse: true });
    expect(build.status, build.output).toBe(0);
    publicOnly = buildDemoWithoutMembers();
  });

  it('appears in no file, in any encoding', () => {
    const secrets = secretsOf('content', publicOnly.outDir);
    expect(secrets.length).toBeGreaterThan(50);
    // Every tier's: the partners tier's answers as well as the default tier's.
    expect(secrets).toEqual(expect.arrayContaining(['How do installer partners order at volume prices?', '安装合作伙伴如何按批量价格订货？']));
    expect(leaks(build.outDir, secrets)).toEqual([]);
  });

  it('lends no search term to the public synonyms: a synonym only members-only answers use is in no public file', () => {
    const { content } = loadContent('content', { includeDrafts: false });
    const site = buildModel(content!);
    const entries = [...site.model.languages.flatMap((view) => Object.values(view.entries)), ...site.membersOnly.flatMap((members) => members.entries)];
    const documents = searchDocumentsOf(entries, site.model.base);
    const wordsIn = (members: boolean) => new Set(synonymsFoundIn(content!.synonyms.map((group) => group.flatMap((word) => [word, word])), documents.filter((document) => Boolean(document.members) === members).flatMap(searchTextsOf)).flat());
    const publicWords = wordsIn(false);
    // Words the public site shows anyway, elsewhere than in its search synonyms (a product's description, say).
    const shownAnyway = listFiles(publicOnly.outDir).filter((file) => !/^_faq\/search\/[^/]+\/manifest\.json$/.test(file)).map((file) => readOutput(publicOnly.outDir, file)).join('\n');
    const membersOnlyWords = [...wordsIn(true)].filter((word) => !publicWords.has(word) && !shownAnyway.includes(word));
    expect(membersOnlyWords).toEqual(expect.arrayContaining(['coupon', 'voucher', '折扣']));
    const publicFiles = listFiles(build.outDir).filter((file) => !file.startsWith('_faq/m/'));
    const found = publicFiles.flatMap((file) => membersOnlyWords.flatMap((word) => forms(word).filter((form) => readOutput(build.outDir, file).includes(form)).map(() => `${file}: ${word}`)));
    expect(found).toEqual([]);
  });

  it('can be decrypted from the documented format with Node’s crypto module and the access code', () => {
    const manifest = JSON.parse(readOutput(build.outDir, '_faq/m/manifest.json'));
    const keys = contentKeysOf(manifest, TEST_ACCESS_CODE);
    expect([...keys.keys()]).toEqual([0]);
    const catalogue = JSON.parse(openFile(keys.get(0)!, build.outDir, manifest.catalogues.en[0])!);
    expect(catalogue.entries.map((entry: { question: string }) => entry.question)).toContain('How do I join the firmware beta channel?');
  });

  it('of one tier never decrypts with a code of another: every file, every key the code opens', () => {
    const partnersOnly = entriesOfTier('content', ['partners']);
    const membersOnly = entriesOfTier('content', ['members']);
    expect(partnersOnly.flatMap(candidatesOf)).toContain('Prices drop by 12% from 10 devices in one order and by 20% from 50.');
    const withMembersCode = readableWith(build.outDir, TEST_ACCESS_CODE);
    const withPartnersCode = readableWith(build.outDir, PARTNERS_TEST_CODE);
    // Each code reads its own tier's questions and answers…
    expect(membersOnly.map((entry) => entry.question).filter((question) => !withMembersCode.includes(question))).toEqual([]);
    expect(partnersOnly.map((entry) => entry.question).filter((question) => !withPartnersCode.includes(question))).toEqual([]);
    expect(withPartnersCode).toContain('Prices drop by 12% from 10 devices in one order and by 20% from 50.');
    // …and nothing of the other's, in any form: no question, sentence or slug (keywords such as "installer" may be words of both tiers).
    const ownWords = (entry: Entry) => candidatesOf(entry).filter((text) => !entry.keywords.includes(text));
    expect(partnersOnly.flatMap(ownWords).flatMap(forms).filter((form) => withMembersCode.includes(form))).toEqual([]);
    expect(membersOnly.flatMap(ownWords).flatMap(forms).filter((form) => withPartnersCode.includes(form))).toEqual([]);
  });

  it('shows in its keyring only how many tiers there are: every code has one slot per tier, all of one length', () => {
    const manifest = JSON.parse(readOutput(build.outDir, '_faq/m/manifest.json'));
    expect(manifest.keyring.tiers).toBe(2);
    for (const item of manifest.keyring.keys) {
      expect(Object.keys(item)).toEqual(['prefix', 'slots']);
      expect(item.slots.map((slot: string) => Buffer.from(slot, 'base64url').length)).toEqual([60, 60]);
    }
    expect([...contentKeysOf(manifest, PARTNERS_TEST_CODE).keys()]).toEqual([1]);
  });

  it('never puts an access code in the output or the build log', () => {
    for (const code of [TEST_ACCESS_CODE, PARTNERS_TEST_CODE]) {
      const { secret } = normalizeAccessCode(code)!;
      expect(build.output).not.toContain(secret);
      expect(leaks(build.outDir, [code, secret])).toEqual([]);
    }
  });

  it('is encrypted afresh by every build: new content keys, nonces and ciphertexts', () => {
    const again = buildSite({ env: BOTH_TIERS });
    const first = JSON.parse(readOutput(build.outDir, '_faq/m/manifest.json'));
    const second = JSON.parse(readOutput(again.outDir, '_faq/m/manifest.json'));
    expect(second.keyring.keys[0].slots[0]).not.toBe(first.keyring.keys[0].slots[0]);
    expect(contentKeysOf(second, TEST_ACCESS_CODE).get(0)).not.toEqual(contentKeysOf(first, TEST_ACCESS_CODE).get(0));
    expect(second.catalogues.en[0]).not.toBe(first.catalogues.en[0]);
  });
});

describe('which tier an entry belongs to', () => {
  it('changes no encrypted file’s count or size: only what the files hold', () => {
    const moved = copyContent('content');
    const entry = path.join(moved, 'faq/orders/payment/partner-volume-pricing.md');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('access: [partners]', 'access: [members]'));
    const asDemo = buildSite({ env: BOTH_TIERS, reuse: true });
    const asMoved = buildSite({ contentDir: moved, env: BOTH_TIERS });
    expect(asMoved.status, asMoved.output).toBe(0);
    const sizes = (outDir: string) => listFiles(path.join(outDir, '_faq/m')).map((file) => fs.statSync(path.join(outDir, '_faq/m', file)).size).sort((a, b) => a - b);
    expect(sizes(asMoved.outDir)).toEqual(sizes(asDemo.outDir));
    // The manifest, the only readable file, has the same shape: one catalogue per tier and language.
    const shape = (outDir: string) => JSON.parse(readOutput(outDir, '_faq/m/manifest.json')).catalogues.en.length;
    expect(shape(asMoved.outDir)).toBe(shape(asDemo.outDir));
    // What moved is what a code reads.
    expect(readableWith(asMoved.outDir, TEST_ACCESS_CODE)).toContain('How do installer partners order at volume prices?');
    expect(readableWith(asDemo.outDir, TEST_ACCESS_CODE)).not.toContain('How do installer partners order at volume prices?');
  });
});

describe('members-only content in a generated corpus', () => {
  it('appears in no file of a 400-entry build with 10% members-only entries', () => {
    const corpus = path.join(generateCorpus(400, ['--members', '0.1']), 'content');
    const build = buildSite({ contentDir: corpus });
    expect(build.status, build.output).toBe(0);
    const secrets = secretsOf(corpus, buildWithoutMembers(corpus).outDir);
    expect(secrets.length).toBeGreaterThan(100);
    expect(leaks(build.outDir, secrets)).toEqual([]);
  });
});

describe('public files', () => {
  it('do not change when the members-only entries are taken out: only the encrypted files do', () => {
    const withMembers = buildSite({ reuse: true });
    const withoutMembers = buildDemoWithoutMembers();
    const publicFiles = (dir: string) => listFiles(dir).filter((file) => !file.startsWith('_faq/m/'));
    expect(publicFiles(withoutMembers.outDir)).toEqual(publicFiles(withMembers.outDir));
    // Each build draws an id of its own for offline reading (docs/offline.md): random, it says nothing of the content.
    const buildId = (dir: string) => /<meta name="faq-build" content="([^"]+)"/.exec(readOutput(dir, 'index.html'))![1]!;
    const contents = (dir: string, file: string) => readOutput(dir, file).replaceAll(buildId(dir), 'BUILD');
    const changed = publicFiles(withMembers.outDir).filter((file) => contents(withMembers.outDir, file) !== contents(withoutMembers.outDir, file));
    const lines = (dir: string, file: string) => contents(dir, file).split(/(?<=[,;{}])/);
    // On a failure, the lines that differ say where to look.
    const differences = changed.map((file) => ({ file, withMembers: lines(withMembers.outDir, file).filter((line) => !lines(withoutMembers.outDir, file).includes(line)).slice(0, 20), withoutMembers: lines(withoutMembers.outDir, file).filter((line) => !lines(withMembers.outDir, file).includes(line)).slice(0, 20) }));
    expect(differences).toEqual([]);
  });
});

describe('the build', () => {
  it('fails closed when there are members-only entries and no access codes, unless told to leave them out', () => {
    // The fixture is not the demo, so the demo's public code does not apply to it.
    const refused = buildSite({ contentDir: 'tests/fixtures/valid/content', env: { FAQ_ACCESS_CODES: '' } });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('1 members-only entry needs access codes, and none were given.');
    const omitted = buildSite({ contentDir: 'tests/fixtures/valid/content', env: { FAQ_ACCESS_CODES: '', FAQ_OMIT_MEMBERS: '1' } });
    expect(omitted.status, omitted.output).toBe(0);
    expect(fs.existsSync(path.join(omitted.outDir, '_faq/m'))).toBe(false);
  });

  it('fails closed when the demo’s YAML is kept and one entry replaced: the demo’s public code opens only the demo', () => {
    const contentDir = copyContent('content');
    const entry = path.join(contentDir, 'faq/orders/payment/loyalty-discount-code.md');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/\n---\n[^]*$/, '\n---\nOur own members-only price list lives at the back office.\n'));
    const refused = buildSite({ contentDir, env: { FAQ_ACCESS_CODES: '' } });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('members-only entries need access codes, and none were given.');
    expect(refused.output).toContain('If you are editing the demo itself, refresh its fingerprint with `npm run codes -- --demo-fingerprint`');
    expect(fs.readdirSync(refused.outDir)).toEqual([]);
  });

  it('refuses weak and duplicate codes, explaining why, without printing them', () => {
    const weak = buildSite({ contentDir: 'tests/fixtures/valid/content', env: { FAQ_ACCESS_CODES: `letmein,${TEST_ACCESS_CODE},${TEST_ACCESS_CODE},ACME-2024-0000-0000-0001,${PARTNERS_TEST_CODE}:partners` } });
    expect(weak.status).not.toBe(0);
    expect(weak.output).toContain('access code 1 is not in the generated format');
    expect(weak.output).toContain('a weak code can be guessed offline');
    expect(weak.output).toContain('access code 3 (T3ST-…) repeats the secret of another code');
    expect(weak.output).toContain('access code 4 (ACME-…) is too predictable');
    // The fixture has no gate.tiers: its one tier is members.
    expect(weak.output).toContain('access code 5 (PT3S-…) names an unknown tier: "partners" — use tiers that gate.tiers in site.yaml lists (members)');
    expect(weak.output).not.toContain(normalizeAccessCode(PARTNERS_TEST_CODE)!.secret);
    expect(weak.output).not.toContain('letmein');
    expect(weak.output).not.toContain('2024-0000');
    expect(weak.output).not.toContain('2024000000000001');
    expect(weak.output).not.toContain(normalizeAccessCode(TEST_ACCESS_CODE)!.secret);
  });
});
