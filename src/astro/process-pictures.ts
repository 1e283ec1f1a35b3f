import { getImage } from 'astro:assets';
import sources from 'virtual:faq/pictures';
import type { LocalImage } from '../core/content/local-images.ts';
import type { SiteModel } from '../core/site/model.ts';
import { hostedMembersPictureFile } from '../core/output-folders.ts';
import { isTallPicture, type PlacedPicture } from '../core/markdown/pictures.ts';

/** Widths for a phone (375 px at 2×: 960), a desktop column (46rem at 2×: 1440) and in between; never wider than the source. */
const WIDTHS = [480, 960, 1440];
/** The answer column: the page's width less its padding on a phone, 46rem from 48rem up. */
const SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';
/** A phone screen is shown at most 22rem wide (site.css, `.picture-tall`). */
const TALL_SIZES = '(min-width: 24rem) 22rem, calc(100vw - 2rem)';

/**
 * Public pictures through Astro's own image pipeline: WebP in up to three
 * widths. `getImage` only names the files here; Astro writes them after the
 * pages, once per picture and width however many pages show it, and keeps
 * them in its cache for the next build.
 */
export async function processPictures(pictures: readonly LocalImage[]): Promise<Map<string, PlacedPicture>> {
  const placed = new Map<string, PlacedPicture>();
  for (const picture of pictures) {
    const source = sources.get(picture.key);
    if (!source) throw new Error(`the picture ${picture.key} was not imported for processing`);
    const image = await getImage({ src: source, widths: WIDTHS, width: Math.min(WIDTHS[1]!, picture.width), format: 'webp' });
    placed.set(picture.key, { src: image.src, srcset: image.srcSet.attribute, sizes: isTallPicture(picture) ? TALL_SIZES : SIZES });
  }
  return placed;
}

/**
 * With `gate.mode: host`, pictures of members-only answers are files behind
 * the host's login, next to the pages that show them (the build writes them
 * with the rest of the members-only files), never Astro assets.
 */
export async function hostedMembersPictureAddresses(model: SiteModel): Promise<Map<string, string>> {
  const addresses = new Map<string, string>();
  for (const members of model.hostedMembers ?? []) {
    for (const picture of members.entries.flatMap((entry) => entry.pictures)) {
      if (!addresses.has(picture.key)) addresses.set(picture.key, `${model.base}${await hostedMembersPictureFile(picture.key)}`);
    }
  }
  return addresses;
}
