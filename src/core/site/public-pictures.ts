import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LocalImage } from '../content/local-images.ts';
import { isTallPicture, type PlacedPicture } from '../markdown/pictures.ts';

/** Widths for a phone (375 px at 2×: 960), a desktop column (46rem at 2×: 1440) and in between; never wider than the source. */
export const PICTURE_WIDTHS = [480, 960, 1440] as const;
/** What `src` names, for a browser that reads no `srcset`: a phone at 2×. */
const FALLBACK_WIDTH = 960;
/** The answer column: the page's width less its padding on a phone, 46rem from 48rem up. */
const SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';
/** A phone screen is shown at most 22rem wide (site.css, `.picture-tall`). */
const TALL_SIZES = '(min-width: 24rem) 22rem, calc(100vw - 2rem)';

/** How every public picture file is encoded. Part of each file's name: a change gives every file a new name, so no browser keeps the old one. */
export const PUBLIC_PICTURE_ENCODING = { format: 'webp', quality: 80, version: 1 } as const;

/** Where processed pictures are published, beside the bundler's hashed files: hosts cache that folder for good (`_headers`). */
const PICTURES_FOLDER = '_astro';

/** One processed file of a picture. */
export interface PictureFile {
  width: number;
  /** Names this width of these pixels in this encoding, and nothing else: the file's hash, and its name in the cache. */
  id: string;
  /** Inside the output folder: `_astro/wifi-router.<id>.webp`. */
  path: string;
}

/** A picture public answers show, as the pages place it and the build writes it. */
export interface PublicPicture {
  picture: LocalImage;
  /** The source file's SHA-256. */
  digest: string;
  /** One file per width, narrowest first. */
  files: PictureFile[];
  placed: PlacedPicture;
}

/**
 * The widths a picture is published at: those of `PICTURE_WIDTHS` it can
 * fill, and its own width in place of the wider ones, so a narrow screenshot
 * is never enlarged.
 */
export function pictureWidths(width: number): number[] {
  if (width >= PICTURE_WIDTHS.at(-1)!) return [...PICTURE_WIDTHS];
  return [...new Set([...PICTURE_WIDTHS.filter((candidate) => candidate <= width), width])];
}

/**
 * Names each public picture's files by its pixels (the digest of its
 * source), so a file's address changes exactly when what it shows does and
 * hosts may keep it for good; and gives the attributes pages place.
 */
export function planPublicPictures(pictures: readonly LocalImage[], digests: ReadonlyMap<string, string>, base: string): Map<string, PublicPicture> {
  const planned = new Map<string, PublicPicture>();
  for (const picture of pictures) {
    const digest = digests.get(picture.key);
    if (!digest) throw new Error(`the picture ${picture.key} was not checked before it was planned`);
    const stem = fileStem(picture.key);
    const files = pictureWidths(picture.width).map((width) => {
      const id = fileId(digest, width);
      return { width, id, path: `${PICTURES_FOLDER}/${stem}.${id}.${PUBLIC_PICTURE_ENCODING.format}` };
    });
    const address = (file: PictureFile) => `${base}${file.path}`;
    const fallback = files.find((file) => file.width === Math.min(FALLBACK_WIDTH, picture.width))!;
    const placed = {
      src: address(fallback),
      srcset: files.map((file) => `${address(file)} ${file.width}w`).join(', '),
      sizes: isTallPicture(picture) ? TALL_SIZES : SIZES,
    };
    planned.set(picture.key, { picture, digest, files, placed });
  }
  return planned;
}

function fileId(digest: string, width: number): string {
  const { format, quality, version } = PUBLIC_PICTURE_ENCODING;
  return createHash('sha256').update(`${format}:${quality}:${version}:${width}:${digest}`).digest('base64url').slice(0, 12);
}

/** The source's file name as a safe address part: letters, digits, `-` and `_` (`wifi-router`, `picture` for a name of none). */
function fileStem(key: string): string {
  const name = path.posix.basename(key, path.posix.extname(key));
  const stem = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem || 'picture';
}
