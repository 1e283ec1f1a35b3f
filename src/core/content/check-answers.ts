import { posix } from 'node:path';
import { scanAnswer, type AnswerScan } from '../markdown/scan-answer.ts';
import { CALLOUT_KINDS } from '../markdown/callouts.ts';
import { withinOneEdit } from '../edit-distance.ts';
import { providerName } from '../markdown/video-links.ts';
import { DEFAULT_SIZE_WARNING_KB, isLocalPicture, type PictureLookup } from './local-images.ts';
import type { Entry, Problem, SiteSettings } from './types.ts';

export interface AnswerContext {
  site: SiteSettings;
  productIds: ReadonlySet<string>;
  /** The entry an id names from another entry, as links and `related:` resolve it. */
  findEntry(id: string, from: Entry): Entry | undefined;
  /** The entry whose Markdown file a link's path names, relative to the linking entry's file. */
  findFile(path: string, from: Entry): Entry | undefined;
  /** The id an editor probably meant by a name no entry has, for "did you mean". */
  meantId?(written: string, from: Entry): string | undefined;
  /** True when the entry a link names has a file with mistakes of its own: the link is not reported as well. */
  hasMistakes?(kind: 'faq' | 'file', id: string, from: Entry): boolean;
  /** Reads the local picture an answer names; see `createPictureFinder`. */
  findPicture(src: string, sourcePath: string, where?: { file: string; line?: number }): PictureLookup;
  /** Pictures already warned about as too large, so a shared picture is named once. */
  largePictures?: Set<string>;
}

/**
 * What an answer's Markdown points at, checked before anything is rendered:
 * `product:` and `faq:` links, images the security policy would block,
 * lists nested past what the parser reads, and (a warning) video links of
 * providers the site does not enable. Lines are the file's. `scan` is the
 * answer's, when it was read already (`createAnswerReader`).
 */
export function answerProblems(entry: Entry, context: AnswerContext, scan: AnswerScan = scanAnswer(entry.body)): Problem[] {
  const problems: Problem[] = [];
  const report = (line: number | undefined, message: string, hint: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: entry.file, line: line === undefined ? undefined : entry.bodyLine + line - 1, message, hint, severity });

  for (const { kind, id, line } of scan.references) {
    if (kind === 'product') {
      if (!context.productIds.has(id)) report(line, `the link "product:${id}" names an unknown product`, 'use an id from products.yaml');
      continue;
    }
    const written = kind === 'file' ? `"${id}"` : `"faq:${id}"`;
    const target = kind === 'file' ? context.findFile(id, entry) : context.findEntry(id, entry);
    if (!target) {
      if (context.hasMistakes?.(kind, id, entry)) continue;
      if (kind === 'file') report(line, `the link ${written} names no entry's file (there is no ${entryFilePath(id, entry)})`, 'give the path of another entry\'s .md file from this one, or link it as faq:<its id>');
      else {
        const meant = context.meantId?.(id, entry);
        report(line, `the link ${written} names an entry that does not exist`, meant ? `did you mean faq:${meant}? Use the id (file name without .md) of another entry` : 'use the id (file name without .md) of another entry');
      }
    } else if (revealsMembersOnly(entry, target)) {
      report(line, `the link ${written} points to a members-only entry from a public one`, 'public pages must not reveal members-only questions: remove the link');
    } else if (target.draft && !entry.draft) {
      report(line, `the link ${written} names a draft, so the published page shows its text without a link`, `publish ${target.file} (remove \`draft: true\`) to link it`, 'warning');
    }
  }
  for (const { href, line } of scan.deadLinks) {
    if (!href) report(line, 'a link has no address', 'put the address between the brackets: [text](https://…), [text](faq:<id>) or [text](other-entry.md)');
    else if (/^(faq|product):/.test(href)) report(line, `the link "${href}" has no id, so the page shows it as text`, `write the id right after "${href}", with no space: [text](${href}refund-timing)`);
    else if (href.startsWith('/')) report(line, `the link "${href}" names a Markdown file from the site's root, and the site serves no Markdown files`, 'give the path of the entry\'s .md file from this one (../orders/refund-timing.md), or faq:<its id>');
    else report(line, `the link "${href}" is relative to the page's address, where the site has nothing`, 'link another entry by its .md file (../orders/refund-timing.md) or faq:<id>, a product by product:<id>, or give the whole address (https://…)');
  }
  for (const { kind, written, line } of scan.spacingSlips) {
    if (kind === 'heading') report(line, `"${written}" is shown as text, not as a heading`, `put a space after the #: ${written.replace(/^(#+)/, '$1 ')}`, 'warning');
    else if (kind === 'before-address') report(line, `"${written}" is shown as text, not as a link`, 'remove the space between ] and (', 'warning');
    else report(line, `"${written}" is shown as text, not as a link: its address has a space in it`, 'write each space in the address as %20, or remove it', 'warning');
  }
  for (const { kind, written, line } of scan.blockSlips) {
    if (kind === 'open-code') report(line, `the code block that starts here with ${written} is never closed, so everything after it shows as code`, `end the code with a line of ${written}`, 'warning');
    else if (kind === 'unknown-callout') {
      const meant = CALLOUT_KINDS.find((each) => withinOneEdit(each, written.slice(2, -1).toLowerCase()));
      report(line, `"${written}" is not a kind of callout, so this shows as a quote with ${written} in it`, `${meant ? `did you mean [!${meant.toUpperCase()}]? ` : ''}use ${CALLOUT_KINDS.map((each) => `[!${each.toUpperCase()}]`).join(', ')}`, 'warning');
    }
    else report(line, `the callout ${written} has nothing under it, so it shows as a quote with ${written} in it`, `write what it calls out on the lines after ${written}, each starting with >`, 'warning');
  }
  for (const [line, tags] of groupByLine(scan.htmlTags)) {
    const written = [...new Set(tags)];
    report(line, `HTML is shown to readers as written, not read: ${written.map((tag) => `<${tag}>`).join(', ')}`, `write it in Markdown instead: ${[...new Set(written.map(markdownFor))].join('; ')}`, 'warning');
  }
  const allowed = new Set(context.site.images?.origins ?? []);
  const sizeWarningKB = context.site.images?.sizeWarningKB ?? DEFAULT_SIZE_WARNING_KB;
  for (const { src, alt, line } of scan.images) {
    if (!alt.trim()) report(line, `the picture "${shorten(src)}" has no alt text`, `describe what it shows, as in ![The Wi-Fi screen in the app](${src}); for a picture that only decorates, write ![""](${src})`);
    if (!isLocalPicture(src)) {
      const problem = imageProblem(src, allowed);
      if (problem) report(line, problem.message, problem.hint);
      continue;
    }
    const found = context.findPicture(src, entry.sourcePath, { file: entry.file, line: line === undefined ? undefined : entry.bodyLine + line - 1 });
    if ('problem' in found) {
      report(line, found.problem.message, found.problem.hint);
    } else if (found.image.bytes > sizeWarningKB * 1024 && !context.largePictures?.has(found.image.key)) {
      context.largePictures?.add(found.image.key);
      problems.push({
        file: entry.file,
        line: line === undefined ? undefined : entry.bodyLine + line - 1,
        message: `the picture "${found.image.key}" is ${megabytes(found.image.bytes)} MB; readers get a smaller copy, but a file this large slows every clone and build`,
        hint: `save it smaller (under ${sizeWarningKB} kB, a screenshot as PNG or WebP, a photo as JPEG), or raise images.sizeWarningKB in site.yaml`,
        severity: 'warning',
      });
    }
  }
  const videoProviders = new Set(context.site.videos?.providers ?? []);
  for (const { provider, href, line } of scan.videos) {
    if (videoProviders.has(provider)) continue;
    // Not an error: the link still works, it just is not embedded.
    problems.push({
      file: entry.file,
      line: line === undefined ? undefined : entry.bodyLine + line - 1,
      message: `the ${providerName(provider)} video "${href}" is shown as a plain link, because site.yaml does not enable ${provider} videos`,
      hint: `to embed it with a play button, add ${provider} to videos.providers in site.yaml (videos: { providers: [${provider}] }); otherwise put the link inside a sentence`,
      severity: 'warning',
    });
  }
  if (scan.tooDeepAt !== undefined) {
    report(scan.tooDeepAt, 'lists or quotes are nested too deeply here, so the page would leave out this line and what follows it', 'flatten the list: use fewer levels of indentation, or split it into several lists');
  }
  return problems;
}

/** What to write in Markdown for an HTML tag an editor wrote. */
function markdownFor(tag: string): string {
  if (tag === 'br') return 'a blank line starts a new paragraph, and a line ending in a backslash (\\) breaks the line';
  if (['b', 'strong'].includes(tag)) return '**bold**';
  if (['i', 'em'].includes(tag)) return '*italic*';
  if (tag === 'a') return '[text](https://…)';
  if (tag === 'img') return '![what it shows](picture.png)';
  if (/^h[1-6]$/.test(tag)) return '## Heading';
  if (['ul', 'ol', 'li'].includes(tag)) return '- an item on each line (1. for numbered ones)';
  if (tag === 'code') return '`code`';
  if (['table', 'tr', 'td', 'th', 'thead', 'tbody'].includes(tag)) return 'a table of | columns |';
  return 'leave a blank line between paragraphs; Markdown needs no other markup around text';
}

function groupByLine(items: readonly { tag: string; line?: number }[]): Map<number | undefined, string[]> {
  const byLine = new Map<number | undefined, string[]>();
  for (const item of items) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item.tag]);
  return byLine;
}

/** The file a relative link from an entry's answer names, from the content folder: `faq/orders/refund-timing.md`. */
export function entryFilePath(link: string, from: Pick<Entry, 'sourcePath'>): string {
  return posix.normalize(posix.join(posix.dirname(from.sourcePath), link));
}

/** A public page may not link to a members-only entry, by `related:` or in its answer: the link would reveal the question. */
export function revealsMembersOnly(from: Entry, target: Entry): boolean {
  return target.membersOnly && !from.membersOnly;
}

/** Stands for the help center's own origin: an image resolving elsewhere comes from another site. */
const THIS_SITE = new URL('https://this-site.invalid/');

/**
 * The security policy lets images load only from the site itself and the
 * origins `images.origins` lists, so any other image would show broken (and
 * could count readers, members-only answers included): say so at build time.
 */
function imageProblem(src: string, allowed: ReadonlySet<string>): { message: string; hint: string } | undefined {
  if (!URL.canParse(src, THIS_SITE)) return undefined;
  const url = new URL(src, THIS_SITE);
  if (url.origin === THIS_SITE.origin) return undefined;
  const shown = shorten(src);
  if (url.protocol !== 'https:') {
    return { message: `the image "${shown}" is not loaded over https, so the site's security policy blocks it`, hint: 'put the image on this site and link it as /path, or use its https:// address and list its origin under images.origins in site.yaml' };
  }
  if (allowed.has(url.origin)) return undefined;
  return {
    message: `the image "${shown}" comes from ${url.origin}, which site.yaml does not allow, so the site's security policy blocks it`,
    hint: `put the image on this site and link it as /path, or add ${url.origin} to images.origins in site.yaml`,
  };
}

function shorten(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
