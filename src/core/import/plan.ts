import { AUDIENCES, type Audience } from '../audiences.ts';
import { yamlScalar } from '../content/yaml-scalar.ts';
import { CategoryPlan, type CategoryNode } from './category-plan.ts';
import { htmlToMarkdown, tidy } from './html-answer.ts';
import { claimId, idForQuestion } from './ids.ts';
import { languageOf } from './language.ts';
import { videoAt } from '../markdown/video-links.ts';
import type { ImportedRecord, ImportProblem, SourceRead } from './types.ts';

/** The content folder an import writes into, as far as the import needs to know it. */
export interface ImportTarget {
  /** The folder's settings, when it has a site.yaml; without one the import writes a minimal one. */
  site?: { defaultLang: string; languages: string[]; gateAudiences: Audience[]; imageOrigins: string[]; videoProviders: string[] };
  /** categories.yaml as written (empty when there is none). */
  categories: CategoryNode[];
  /** Every entry already there, with its file relative to the content folder. */
  entries: { id: string; lang: string; file: string }[];
  /** Files beside the source (relative, with `/`), where pictures the answers show may be found. */
  filesBesideSource: ReadonlySet<string>;
}

export interface ImportOptions {
  /** The language of records whose source names none. */
  lang?: string;
  /** The category path (ids or titles, `/` between levels) of records whose source names none. */
  category?: string;
}

export interface PlannedEntry {
  id: string;
  lang: string;
  category: string;
  path: string;
  membersOnly: boolean;
  draft: boolean;
}

/** Every file the import would write, every picture to copy, and everything it met on the way. */
export interface ImportPlan {
  /** Paths relative to the content folder, `/` between folders. */
  /** `create` a new file, `append` to an existing one (categories.yaml), or `replace` one written anew. */
  files: { path: string; text: string; mode: 'create' | 'append' | 'replace' }[];
  /** `from` relative to the source's folder, `to` relative to the content folder. */
  copies: { from: string; to: string }[];
  entries: PlannedEntry[];
  addedCategories: string[];
  /** Pictures the answers show that the import could not copy: the editor brings each over (the warnings say where from). */
  picturesToBringOver: number;
  problems: ImportProblem[];
}

const PICTURE_TYPES = /\.(png|jpe?g|webp|gif|avif)$/i;
const DEFAULT_CATEGORY = 'General';

/**
 * Turns what a source reader found into entry files: ids, languages,
 * categories, clean Markdown with `faq:` links between the imported
 * questions, the pictures to copy, and the categories.yaml and site.yaml
 * the folder needs to check on its own. The same source and target always
 * give the same plan.
 */
export function planImport(source: SourceRead, target: ImportTarget, options: ImportOptions = {}): ImportPlan {
  const problems: ImportProblem[] = [...source.problems];
  const fallbackLang = (options.lang && languageOf(options.lang)) || target.site?.defaultLang || 'en';
  const defaultLang = target.site?.defaultLang ?? fallbackLang;
  const gateAudiences = target.site?.gateAudiences ?? ['loyal'];
  const publicAudiences = [...AUDIENCES] as Audience[];

  // Records by question, in source order, one per language.
  const groups = new Map<string, ImportedRecord[]>();
  for (const record of source.records) {
    const lang = record.lang ?? fallbackLang;
    if (target.site && !target.site.languages.includes(lang)) {
      problems.push({ where: record.where, message: `the language "${lang}" is not in site.yaml`, handled: `skipped; add ${lang} to languages: in site.yaml and import again to bring it in`, severity: 'warning' });
      continue;
    }
    const group = groups.get(record.key) ?? [];
    if (group.some((other) => (other.lang ?? fallbackLang) === lang)) {
      problems.push({ where: record.where, message: `a second "${lang}" version of the same question`, handled: `skipped; the first one (${group.find((other) => (other.lang ?? fallbackLang) === lang)!.where}) was imported`, severity: 'warning' });
      continue;
    }
    group.push({ ...record, lang });
    groups.set(record.key, group);
  }

  const categories = new CategoryPlan(target.categories, defaultLang);
  const defaultCategory = (options.category ?? DEFAULT_CATEGORY).split('/').map((title) => ({ titles: { '*': title.trim() } })).filter((segment) => segment.titles['*']);
  const taken = new Set<string>();
  const existingById = new Map<string, ImportTarget['entries']>();
  for (const entry of target.entries) existingById.set(entry.id, [...(existingById.get(entry.id) ?? []), entry]);
  const planned = new Map<string, { id: string; category: string; membersOnly: boolean; draft: boolean; langs: Set<string> }>();
  for (const [key, group] of groups) {
    const primary = group.find((record) => record.lang === defaultLang) ?? group[0]!;
    // Translations sit in one category; each language's titles name it.
    const category = categories.place(primary.category.length ? mergeTitles(primary, group) : defaultCategory);
    const langs = new Set(group.map((record) => record.lang!));
    const pathOf = (id: string, lang: string) => entryPath(id, lang, category, defaultLang);
    const id = claimId(
      idForQuestion(primary.question, primary.sourceId),
      // An entry already at the very path is the same question imported before: --force replaces it rather than suffixing a copy.
      (candidate) => taken.has(candidate) || (existingById.get(candidate) ?? []).some((entry) => langs.has(entry.lang) && entry.file !== pathOf(candidate, entry.lang)),
      (candidate) => taken.add(candidate),
    );
    planned.set(key, { id, category, membersOnly: group.some((record) => record.membersOnly), draft: group.every((record) => record.draft), langs });
  }

  const files: ImportPlan['files'] = [];
  const copies: ImportPlan['copies'] = [];
  let picturesToBringOver = 0;
  const countPicture = () => void picturesToBringOver++;
  const entries: PlannedEntry[] = [];
  const videoLinks = new Set<string>();
  for (const [key, group] of groups) {
    const { id, category, membersOnly } = planned.get(key)!;
    for (const record of group) {
      const lang = record.lang!;
      const path = entryPath(id, lang, category, defaultLang);
      const folder = path.slice(0, path.lastIndexOf('/'));
      const report = (message: string, handled: string) => problems.push({ where: record.where, message, handled, severity: 'warning' });
      let answer =
        record.answer.format === 'markdown'
          ? markdownPictures(tidy(record.answer.text), (src, alt, title) => imageFor(src, alt, title, { record, folder, id, target, copies, report, countPicture }))
          : htmlToMarkdown(record.answer.text, {
              report,
              link: (href) => linkFor(href, record, { source, planned, membersOnly, report }),
              image: (src, alt, title) => imageFor(src, alt, title, { record, folder, id, target, copies, report, countPicture }),
            });
      for (const line of answer.split('\n')) {
        const lone = /^(?:\[[^\]]*\]\((\S+)\)|(https?:\/\/\S+))$/.exec(line.trim());
        const video = lone ? videoAt(lone[1] ?? lone[2]!) : undefined;
        if (video) videoLinks.add(video.provider);
      }
      if (!answer && !record.draft) {
        report('the answer is empty once cleaned', 'imported as a draft: write the answer, then remove `draft: true`');
        record.draft = true;
      }
      if (/\{\{\s*vars\./.test(answer) || /\{\{\s*vars\./.test(record.question)) {
        answer = answer.replace(/\{\{(\s*vars\.)/g, '{ {$1');
        record.question = record.question.replace(/\{\{(\s*vars\.)/g, '{ {$1');
        report('text that reads like a {{ vars.… }} reference', 'written as "{ {" so it shows as written');
      }
      const audience = membersOnly ? gateAudiences : record.audience ?? publicAudiences;
      if (record.membersOnly) report('the article is restricted to signed-in users or a user segment', `imported as members-only (audience: ${gateAudiences.join(', ')})`);
      files.push({ path, mode: 'create', text: entryText({ record, audience, category, lang, defaultLang, answer }) });
      entries.push({ id, lang, category, path, membersOnly, draft: record.draft });
    }
  }

  const addedCategories = categories.added();
  if (addedCategories.length) files.push(categoriesFile(categories, target, problems));
  if (!target.site) files.push({ path: 'site.yaml', mode: 'create', text: siteText(source.title, defaultLang, [...new Set([defaultLang, ...entries.map((entry) => entry.lang)])], [...videoLinks]) });
  else {
    const disabled = [...videoLinks].filter((provider) => !target.site!.videoProviders.includes(provider));
    if (disabled.length) problems.push({ where: 'site.yaml', message: `answers link to ${disabled.join(' and ')} videos, which the site shows as plain links`, handled: `add ${disabled.join(', ')} to videos.providers in site.yaml to show them as click-to-load videos`, severity: 'warning' });
  }
  return { files, copies, entries, addedCategories, picturesToBringOver, problems };
}

/** Where an entry lives: `faq/<category>/<id>.md`, under `faq/<lang>/` for another language than the default, as `npm run new` writes it. */
function entryPath(id: string, lang: string, category: string, defaultLang: string): string {
  return ['faq', lang === defaultLang ? '' : lang, category, `${id}.md`].filter(Boolean).join('/');
}

/** The group's category path with every language's title of each level. */
function mergeTitles(primary: ImportedRecord, group: ImportedRecord[]) {
  return primary.category.map((segment, level) => {
    const titles: Record<string, string> = {};
    for (const record of group) {
      const other = record.category[level];
      if (!other || (segment.key && other.key !== segment.key)) continue;
      for (const [lang, title] of Object.entries(other.titles)) titles[lang === '*' ? record.lang! : lang] ??= title;
    }
    return { key: segment.key, titles };
  });
}

interface LinkContext {
  source: SourceRead;
  planned: Map<string, { id: string; membersOnly: boolean; draft: boolean }>;
  membersOnly: boolean;
  report: (message: string, handled: string) => void;
}

/** A link to another imported question becomes `faq:id`; other web links stay; what would not work is kept as words. */
function linkFor(href: string, record: ImportedRecord, { source, planned, membersOnly, report }: LinkContext): string | undefined {
  if (/^(mailto|tel):/i.test(href)) return href;
  const absolute = URL.canParse(href, record.baseUrl) ? new URL(href, record.baseUrl) : undefined;
  const key = absolute ? source.linkKey(absolute) : undefined;
  const target = key ? planned.get(key) : undefined;
  if (target) {
    if (target.membersOnly && !membersOnly) {
      report(`a link to the members-only question "${target.id}"`, 'kept its words without the link, since a public answer cannot reveal a members-only one');
      return undefined;
    }
    if (target.draft && !record.draft) {
      report(`a link to the draft "${target.id}"`, 'kept its words without the link until that answer is published');
      return undefined;
    }
    return `faq:${target.id}`;
  }
  if (absolute && /^https?:$/.test(absolute.protocol)) return absolute.href;
  report(`the link "${href}" leads nowhere outside the source`, 'kept its words without the link');
  return undefined;
}

interface ImageContext {
  record: ImportedRecord;
  folder: string;
  id: string;
  target: ImportTarget;
  copies: ImportPlan['copies'];
  report: (message: string, handled: string) => void;
  countPicture: () => void;
}

/**
 * A picture found beside the source is copied next to the entry; one on an
 * origin site.yaml allows stays; any other becomes a link for the editor to
 * bring the picture over, since the site shows no picture from elsewhere.
 */
function imageFor(src: string, alt: string, title: string | undefined, { record, folder, id, target, copies, report, countPicture }: ImageContext): string {
  if (/^data:/i.test(src)) {
    report('a picture written into the page as data', 'dropped; save it as a file next to the entry and add it back');
    return '';
  }
  const absolute = URL.canParse(src, record.baseUrl ?? 'relative:/') ? new URL(src, record.baseUrl ?? 'relative:/') : undefined;
  const sameSite = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || (absolute && record.baseUrl && URL.canParse(record.baseUrl) && absolute.origin === new URL(record.baseUrl).origin);
  const altText = alt || '""';
  const titlePart = title ? ` ${JSON.stringify(title)}` : '';
  if (sameSite && absolute) {
    const wanted = decodeURIComponent(absolute.pathname).replace(/^\/+/, '');
    const name = wanted.split('/').at(-1) ?? '';
    const found = [src.replace(/^\.\//, '').split(/[?#]/)[0]!, wanted, name].find((candidate) => target.filesBesideSource.has(candidate));
    if (found && PICTURE_TYPES.test(found)) {
      const claimed = copies.find((copy) => copy.to === `${folder}/${name}`);
      const fileName = claimed && claimed.from !== found ? `${id}-${name}` : name;
      if (!copies.some((copy) => copy.to === `${folder}/${fileName}`)) copies.push({ from: found, to: `${folder}/${fileName}` });
      if (!alt) report(`the picture ${name} has no alt text`, 'marked as decorative (![""]); describe what it shows if it is more than decoration');
      return `![${escapeBrackets(altText)}](${fileName.replace(/[()\s]/g, (c) => encodeURIComponent(c))}${titlePart})`;
    }
    if (found) {
      countPicture();
    report(`the picture ${name} is not PNG, JPEG, WebP, GIF or AVIF`, 'kept as a link; export it as PNG and put it next to the entry');
      return absolute.protocol.startsWith('http') ? `[${pictureLabel(record.lang)}: ${escapeBrackets(alt || name)}](${absolute.href})` : `_(${pictureLabel(record.lang)}: ${escapeBrackets(alt || name)})_`;
    }
    countPicture();
    report(`the picture ${src} is not beside the source`, `bring it over: save it as ${folder}/${name || 'picture.png'} and write ![${alt || 'what it shows'}](${name || 'picture.png'}); until then it is a link`);
    return absolute.protocol.startsWith('http') ? `[${pictureLabel(record.lang)}: ${escapeBrackets(alt || name)}](${absolute.href})` : `_(${pictureLabel(record.lang)}: ${escapeBrackets(alt || name)})_`;
  }
  if (absolute && absolute.protocol === 'https:' && target.site?.imageOrigins.includes(absolute.origin)) return `![${escapeBrackets(altText)}](${absolute.href}${titlePart})`;
  if (absolute && /^https?:$/.test(absolute.protocol)) {
    countPicture();
    report(`the picture from ${absolute.origin} is on another site`, `kept as a link; copy it next to the entry, or add ${absolute.origin} to images.origins in site.yaml`);
    return `[${pictureLabel(record.lang)}: ${escapeBrackets(alt || absolute.pathname.split('/').at(-1) || 'picture')}](${absolute.href})`;
  }
  report(`the picture "${src}" has an address the site cannot show`, 'dropped');
  return '';
}

/**
 * A Markdown answer's pictures go where an HTML answer's go: copied from
 * beside the source, or turned into a link for the editor, since a picture
 * the content folder does not have would fail the check.
 */
function markdownPictures(markdown: string, image: (src: string, alt: string, title: string | undefined) => string): string {
  return markdown.replace(/!\[([^\]\n]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"([^"\n]*)")?\s*\)/g, (_whole, alt: string, src: string, title: string | undefined) => image(src, alt.replace(/^""$/, ''), title));
}

/** The word before a picture left as a link, in the answer's language: readers see it until the editor brings the picture over. */
const PICTURE_LABELS: Record<string, string> = { en: 'Picture', zh: '图片', de: 'Bild', fr: 'Image', es: 'Imagen' };

function pictureLabel(lang: string | undefined): string {
  return PICTURE_LABELS[lang ?? 'en'] ?? 'Picture';
}

function escapeBrackets(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}


function entryText({ record, audience, category, lang, defaultLang, answer }: { record: ImportedRecord; audience: readonly string[]; category: string; lang: string; defaultLang: string; answer: string }): string {
  const list = (items: readonly string[]) => `[${items.map(yamlScalar).join(', ')}]`;
  const lines = [
    '---',
    `question: ${yamlScalar(record.question.replace(/\s+/g, ' ').trim())}`,
    `audience: [${audience.join(', ')}]`,
    `category: ${category}`,
    ...(record.keywords.length ? [`keywords: ${list(record.keywords)}`] : []),
    ...(record.priority ? [`priority: ${record.priority}`] : []),
    ...(record.updated ? [`updated: ${record.updated}`] : []),
    ...(lang === defaultLang ? [] : [`lang: ${lang}`]),
    ...(record.draft ? ['draft: true'] : []),
    '---',
    answer,
  ];
  return `${lines.join('\n')}\n`;
}

/** New top-level categories are appended to categories.yaml as written; new ones under existing categories need the file written anew. */
function categoriesFile(categories: CategoryPlan, target: ImportTarget, problems: ImportProblem[]): ImportPlan['files'][number] {
  if (!target.categories.length) return { path: 'categories.yaml', mode: target.site ? 'replace' : 'create', text: categoriesYaml(categories.tree()) };
  if (!categories.addsOnlyTopLevel()) {
    problems.push({ where: 'categories.yaml', message: 'new categories go under existing ones', handled: 'the file was written anew with every existing category kept; comments in it were not kept', severity: 'warning' });
    return { path: 'categories.yaml', mode: 'replace', text: categoriesYaml(categories.tree()) };
  }
  return { path: 'categories.yaml', mode: 'append', text: categoriesYaml(categories.tree(true)) };
}

/** categories.yaml's own style: one category a line where it fits, titles per language as a map. */
export function categoriesYaml(nodes: readonly CategoryNode[], indent = ''): string {
  const localized = (value: string | Record<string, string>) =>
    typeof value === 'string' ? yamlScalar(value) : `{ ${Object.entries(value).map(([lang, text]) => `${lang === '*' ? '"*"' : lang}: ${yamlScalar(text)}`).join(', ')} }`;
  return nodes
    .map((node) => {
      const lines = [`${indent}- id: ${node.id}`, `${indent}  title: ${localized(node.title)}`];
      if (node.description) lines.push(`${indent}  description: ${localized(node.description)}`);
      if (node.children?.length) lines.push(`${indent}  children:`, categoriesYaml(node.children, `${indent}    `).replace(/\n$/, ''));
      return lines.join('\n');
    })
    .join('\n')
    .concat('\n');
}

function siteText(title: string | undefined, defaultLang: string, languages: string[], videoProviders: string[]): string {
  return [
    `title: ${yamlScalar(title?.trim() || 'Help Center')}`,
    `defaultLang: ${defaultLang}`,
    `languages: [${languages.join(', ')}]`,
    ...(videoProviders.length ? ['videos:', `  providers: [${videoProviders.sort().join(', ')}]`] : []),
    '',
  ].join('\n');
}
