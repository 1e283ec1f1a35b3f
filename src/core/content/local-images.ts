import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { contentFileLabel } from './content-files.ts';

/** Formats the image pipeline turns into responsive WebP. SVG is left out: a drawing can carry script. */
export const PICTURE_FORMATS = ['png', 'jpeg', 'webp', 'gif', 'avif'] as const;
export type PictureFormat = (typeof PICTURE_FORMATS)[number];

/** The folder of pictures several entries share, inside the content folder. */
export const SHARED_PICTURES_FOLDER = 'images';

/** Above this many kilobytes a source picture is reported by `npm run check` (site.yaml `images.sizeWarningKB`). */
export const DEFAULT_SIZE_WARNING_KB = 2048;

/** A picture file in the content folder that an answer shows. */
export interface LocalImage {
  /** Its path inside the content folder, with `/`: `faq/setup/wifi-router.png`. One key, one processed picture. */
  key: string;
  /** Its absolute path. */
  file: string;
  format: PictureFormat;
  /** Intrinsic size in pixels, as the picture is displayed (EXIF rotation applied). */
  width: number;
  height: number;
  /** Size of the source file. */
  bytes: number;
}

/** Every local picture the answers show, and which one each `![…](src)` of each entry names. */
export interface LocalImages {
  /** By key. */
  files: Map<string, LocalImage>;
  /** By the entry's `sourcePath`, then by the `src` its answer writes. */
  used: Map<string, Map<string, string>>;
  /** By key: the first place an answer shows it, for problems found after loading. */
  firstUse: Map<string, { file: string; line?: number }>;
}

/** Whether an image address names a file of the content folder: relative, with no scheme and not from the site root. */
export function isLocalPicture(src: string): boolean {
  return src !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(src);
}

export type PictureLookup = { image: LocalImage } | { problem: { message: string; hint: string } };

/**
 * Finds the files answers name and reads their headers, each file once
 * however many answers show it. A relative path is read from the entry's
 * folder, as GitHub shows it; a bare file name not found there is looked for
 * in the shared `images/` folder.
 */
export function createPictureFinder(contentDir: string) {
  const read = new Map<string, LocalImage | { message: string; hint: string }>();
  const images: LocalImages = { files: new Map(), used: new Map(), firstUse: new Map() };

  const find = (src: string, sourcePath: string, where?: { file: string; line?: number }): PictureLookup => {
    const wanted = decodePath(src);
    const fromEntry = path.posix.normalize(path.posix.join(path.posix.dirname(sourcePath), wanted));
    if (fromEntry === '..' || fromEntry.startsWith('../') || path.posix.isAbsolute(fromEntry)) {
      return { problem: { message: `the picture "${src}" is outside the content folder`, hint: `put the picture in the content folder, next to the entry or in ${SHARED_PICTURES_FOLDER}/, and link it from there` } };
    }
    const candidates = [fromEntry];
    if (!wanted.includes('/')) candidates.push(`${SHARED_PICTURES_FOLDER}/${wanted}`);
    const key = candidates.find((candidate) => fs.existsSync(path.join(contentDir, candidate)));
    if (!key) {
      const places = candidates.map((candidate) => contentFileLabel(contentDir, candidate)).join(' or ');
      return { problem: { message: `the picture "${src}" does not exist (looked for ${places})`, hint: 'check the file name and its case, or add the picture there' } };
    }
    let found = read.get(key);
    if (!found) read.set(key, (found = readPicture(contentDir, key)));
    if ('message' in found) return { problem: found };
    images.files.set(key, found);
    if (where && !images.firstUse.has(key)) images.firstUse.set(key, where);
    let ofEntry = images.used.get(sourcePath);
    if (!ofEntry) images.used.set(sourcePath, (ofEntry = new Map()));
    ofEntry.set(src, key);
    return { image: found };
  };
  return { find, images };
}

/** The local picture each image address of an entry's answer names, as the checks found it; other addresses name none. */
export function picturesOfEntry(images: LocalImages | undefined, sourcePath: string): (src: string) => LocalImage | undefined {
  const used = images?.used.get(sourcePath);
  return (src) => {
    const key = used?.get(src);
    return key === undefined ? undefined : images?.files.get(key);
  };
}

function decodePath(src: string): string {
  const withoutSuffix = src.replace(/[?#].*$/, '');
  try {
    return decodeURI(withoutSuffix);
  } catch {
    return withoutSuffix;
  }
}

function readPicture(contentDir: string, key: string): LocalImage | { message: string; hint: string } {
  const file = path.join(contentDir, key);
  const stat = fs.lstatSync(file);
  if (stat.isSymbolicLink()) return { message: `the picture "${key}" is a symbolic link, and the build does not follow links`, hint: 'copy the picture into the content folder instead of linking to it' };
  if (!stat.isFile()) return { message: `the picture "${key}" is not a file`, hint: 'link a picture file' };
  const formats = 'PNG, JPEG, WebP, GIF or AVIF';
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(fs.readFileSync(file));
  } catch {
    return { message: `the picture "${key}" is not a picture the build can read: the file is damaged or in an unknown format`, hint: `save it again as ${formats}` };
  }
  const format = size.type === 'jpg' ? 'jpeg' : size.type;
  if (format === 'svg') return { message: `the picture "${key}" is an SVG drawing, which answers cannot show: a drawing can carry script`, hint: `export it as ${formats}` };
  if (!isPictureFormat(format)) return { message: `the picture "${key}" is ${String(format).toUpperCase()}, which the build does not process`, hint: `save it as ${formats}` };
  if (!size.width || !size.height) return { message: `the picture "${key}" has no width or height`, hint: `save it again as ${formats}` };
  const turned = (size.orientation ?? 0) >= 5;
  return { key, file, format, width: turned ? size.height : size.width, height: turned ? size.width : size.height, bytes: stat.size };
}

function isPictureFormat(format: string | undefined): format is PictureFormat {
  return (PICTURE_FORMATS as readonly (string | undefined)[]).includes(format);
}
