import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { splitFrontMatter } from '../content/front-matter.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import type { Content, Entry, Problem } from '../content/types.ts';

export interface VanishedIdOptions {
  /** `faq/orders/x.md` (relative to the content folder) → the name an editor sees in messages. */
  label: (relative: string) => string;
  /** Line of a front-matter key, for messages. */
  lineOf?: (entry: Entry, field: readonly PropertyKey[]) => number | undefined;
}

/** An entry as it was at the release being compared with. */
interface PastEntry {
  id: string;
  lang: string;
  question: string;
  /** Relative to the content folder. */
  file: string;
}

/**
 * A published entry whose id is gone breaks every link to it, in search
 * engines, bookmarks and other sites. Compares the public entries of the last
 * release tag (else the last commit) with today's ids and aliases, per
 * language, and warns for each id nothing answers for, suggesting the entry
 * that replaced it: the file git sees it renamed to, or an entry asking the
 * same question. Without git, or outside a repository, there is nothing to
 * compare with and nothing is said.
 */
export function vanishedIdWarnings(content: Content, options: VanishedIdOptions): Problem[] {
  const git: Git = (args, input) => runGit(content.dir, args, input);
  if (git(['rev-parse', '--show-toplevel'])?.status !== 0) return [];
  const tag = git(['describe', '--tags', '--abbrev=0']);
  const release = tag?.status === 0 ? tag.stdout.toString().trim() : 'HEAD';
  if (git(['rev-parse', '--verify', '--quiet', `${release}^{commit}`])?.status !== 0) return [];

  const past = pastEntries(content, release, git);
  const present = new Set(content.entries.flatMap((entry) => [entry.id, ...entry.aliases].map((id) => `${entry.lang}:${id}`)));
  const gone = past.filter((entry) => !present.has(`${entry.lang}:${entry.id}`));
  if (!gone.length) return [];

  const renamedTo = renames(release, git);
  const bySourcePath = new Map(content.entries.map((entry) => [entry.sourcePath, entry]));
  const lineOf = options.lineOf ?? (() => undefined);
  const shownAs = release === 'HEAD' ? 'the last commit' : release;
  return gone.map((old): Problem => {
    const renamed = bySourcePath.get(renamedTo.get(old.file) ?? '');
    const successor = (renamed?.lang === old.lang ? renamed : undefined)
      ?? content.entries.find((entry) => entry.lang === old.lang && entry.question.trim() === old.question);
    const message = `entry id "${old.id}"${content.site.languages.length > 1 ? ` (${old.lang})` : ''} was published at ${shownAs} (${old.file}) and no entry has it now, so links to its page break`;
    const aliasLine = `\`aliases: [${old.id}]\``;
    return successor
      ? { file: successor.file, line: lineOf(successor, ['question']), message, hint: `if this entry replaces it, add ${aliasLine} to its front matter`, severity: 'warning' }
      : { file: options.label(old.file), message, hint: `add ${aliasLine} to the front matter of the entry that replaces it, so its old address leads there`, severity: 'warning' };
  });
}

type Git = (args: string[], input?: string) => SpawnSyncReturns<Buffer> | undefined;

function runGit(cwd: string, args: string[], input?: string): SpawnSyncReturns<Buffer> | undefined {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024 });
  return result.error ? undefined : result;
}

/** Public entries of the content folder at `release`, read in one `git cat-file --batch` however many there are. */
function pastEntries(content: Content, release: string, git: Git): PastEntry[] {
  const listing = git(['ls-tree', '-r', '-z', '--name-only', release, '--', 'faq']);
  if (listing?.status !== 0) return [];
  const files = listing.stdout.toString().split('\0').filter((file) => file.endsWith('.md'));
  if (!files.length) return [];
  const batch = git(['cat-file', '--batch'], files.map((file) => `${release}:./${file}\n`).join(''));
  if (batch?.status !== 0) return [];
  const entries: PastEntry[] = [];
  let offset = 0;
  for (const file of files) {
    const headerEnd = batch.stdout.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    const [, type, size] = batch.stdout.subarray(offset, headerEnd).toString().split(' ');
    if (type !== 'blob') {
      offset = headerEnd + 1;
      continue;
    }
    const text = batch.stdout.subarray(headerEnd + 1, headerEnd + 1 + Number(size)).toString('utf8');
    offset = headerEnd + 1 + Number(size) + 1;
    const entry = pastEntry(text, file, content);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** What links could point at: a public, published entry. A file that does not read is skipped: its page never existed. */
function pastEntry(text: string, file: string, content: Content): PastEntry | undefined {
  const frontMatter = splitFrontMatter(text);
  if (!frontMatter) return undefined;
  const { value, problems } = parseYamlSource(frontMatter.yaml, file);
  if (problems.length || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  if (data.draft === true || typeof data.question !== 'string') return undefined;
  const audience = ([] as unknown[]).concat(data.audience ?? []);
  if (audience.length && audience.every((item) => content.site.gate.audiences.includes(item as never))) return undefined;
  const id = typeof data.id === 'string' ? data.id : path.posix.basename(file, '.md');
  const lang = typeof data.lang === 'string' ? data.lang : content.site.defaultLang;
  return { id, lang, question: data.question.trim(), file };
}

/** Entry files git sees renamed since `release`, old path → new path, both relative to the content folder. */
function renames(release: string, git: Git): Map<string, string> {
  const diff = git(['diff', '--find-renames', '--name-status', '-z', '--relative', release, '--', 'faq']);
  const renamed = new Map<string, string>();
  if (diff?.status !== 0) return renamed;
  const fields = diff.stdout.toString().split('\0');
  for (let index = 0; index < fields.length; ) {
    const status = fields[index++] ?? '';
    if (status.startsWith('R')) {
      renamed.set(fields[index]!, fields[index + 1]!);
      index += 2;
    } else if (status.startsWith('C')) index += 2;
    else index += 1;
  }
  return renamed;
}
