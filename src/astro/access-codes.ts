import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface AccessCodes {
  codes: string[];
  /** Where they came from, for the build log (never the codes themselves). */
  source: string;
}

/** The files whose contents make a content folder the demo's own. */
const FINGERPRINTED = ['site.yaml', 'categories.yaml', 'products.yaml'];

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
  if (demo && demo.fingerprint === contentFingerprint(contentDir)) return { codes: demo.codes, source: 'the demo’s public code (demo-access-code.json)' };
  return { codes: [], source: 'none' };
}

function splitCodes(text: string): string[] {
  return text.split(/[,\n\r]+/).map((code) => code.trim()).filter(Boolean);
}

export function contentFingerprint(contentDir: string): string {
  const hash = crypto.createHash('sha256');
  for (const name of FINGERPRINTED) {
    const file = path.join(contentDir, name);
    hash.update(`${name}\0${fs.existsSync(file) ? fs.readFileSync(file) : ''}\0`);
  }
  return hash.digest('hex');
}

function readDemoCodes(root: string): { fingerprint: string; codes: string[] } | undefined {
  const file = path.join(root, 'demo-access-code.json');
  if (!fs.existsSync(file)) return undefined;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { fingerprint?: string; codes?: string[] };
  return typeof data.fingerprint === 'string' && Array.isArray(data.codes) ? { fingerprint: data.fingerprint, codes: data.codes } : undefined;
}
