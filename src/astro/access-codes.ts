import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AccessCodes {
  codes: string[];
  /** Where they came from, for the build log (never the codes themselves). */
  source: string;
  /** No codes because the content is not exactly the demo's: the error says how to refresh the demo's fingerprint. */
  notTheDemo?: boolean;
}

export const DEMO_CODES_FILE = 'demo-access-code.json';
export const REFRESH_DEMO_FINGERPRINT = 'npm run codes -- --demo-fingerprint';

/**
 * Access codes are secrets: from `FAQ_ACCESS_CODES`, else from a file git
 * ignores (`.faq-codes`, or `FAQ_CODES_FILE`), never from the content folder.
 * The demo's public code applies only to the demo's own content, so a company
 * that replaces the content without setting codes gets the fail-closed error,
 * never a site locked with a code everybody knows.
 */
export function resolveAccessCodes(root: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): AccessCodes {
  if (env.FAQ_ACCESS_CODES?.trim()) return { codes: splitCodes(env.FAQ_ACCESS_CODES), source: 'FAQ_ACCESS_CODES' };
  const file = env.FAQ_CODES_FILE ? path.resolve(root, env.FAQ_CODES_FILE) : path.join(root, '.faq-codes');
  if (fs.existsSync(file)) return { codes: splitCodes(fs.readFileSync(file, 'utf8').replace(/#.*$/gm, '')), source: path.relative(root, file) };
  const demo = readDemoCodes(root);
  if (!demo) return { codes: [], source: 'none' };
  if (demo.fingerprint === contentFingerprint(contentDir)) return { codes: demo.codes, source: `the demo’s public code (${DEMO_CODES_FILE})` };
  return { codes: [], source: 'none', notTheDemo: true };
}

function splitCodes(text: string): string[] {
  return text.split(/[,\n\r]+/).map((code) => code.trim()).filter(Boolean);
}

/**
 * What makes a content folder the demo's own: every file under it, by path
 * and contents, so the public code opens the demo's exact content and nothing
 * else (the demo's YAML with one entry changed or added is not the demo).
 * The same on every platform: paths relative with `/`, sorted by code point,
 * and CRLF read as LF, so a checkout with Windows line endings matches too.
 */
export function contentFingerprint(contentDir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of filesUnder(contentDir)) {
    const bytes = withUnixLineEndings(fs.readFileSync(path.join(contentDir, file)));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file below `dir` (following links, as the content loader does), as sorted `a/b.md` paths. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const name of fs.readdirSync(path.join(dir, relative))) {
      const child = relative ? `${relative}/${name}` : name;
      const stat = fs.statSync(path.join(dir, child));
      if (stat.isDirectory()) walk(child);
      else if (stat.isFile()) files.push(child);
    }
  };
  walk('');
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function withUnixLineEndings(bytes: Buffer): Buffer {
  if (!bytes.includes(0x0d)) return bytes;
  const out: number[] = [];
  for (let index = 0; index < bytes.length; index++) if (!(bytes[index] === 0x0d && bytes[index + 1] === 0x0a)) out.push(bytes[index]!);
  return Buffer.from(out);
}

/** `npm run codes -- --demo-fingerprint`: after editing the demo content, let its public code open it again. */
export function refreshDemoFingerprint(root: string, contentDir: string): string {
  const file = path.join(root, DEMO_CODES_FILE);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const fingerprint = contentFingerprint(contentDir);
  fs.writeFileSync(file, `${JSON.stringify({ ...data, fingerprint }, null, 2)}\n`);
  return fingerprint;
}

function readDemoCodes(root: string): { fingerprint: string; codes: string[] } | undefined {
  const file = path.join(root, DEMO_CODES_FILE);
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { fingerprint?: string; codes?: string[] };
  return typeof data.fingerprint === 'string' && Array.isArray(data.codes) ? { fingerprint: data.fingerprint, codes: data.codes } : undefined;
}
