import path from 'node:path';
import { loadContent, readSiteSettingsAlone } from '../core/content/load.ts';
import { createSiteUrls } from '../core/urls.ts';
import { errorsIn, ContentError } from '../core/content/problems.ts';
import { DECODED_PICTURES_FOLDER } from '../core/cache-folder.ts';
import { buildSite, type BuiltSite } from '../core/site/build-site.ts';
import { basePathProblems } from '../core/content/site-settings.ts';
import type { Content, Problem } from '../core/content/types.ts';
import { resolveAccessCodes } from './access-codes.ts';
import { planMembers, type MembersPlan } from './members-plan.ts';
import { faqFileBytes } from '../core/site/faq-export.ts';
import { planPublicPictures, type PublicPicture } from '../core/site/public-pictures.ts';
import { picturePlaces, placeModelPictures } from '../core/site/place-pictures.ts';

export interface SiteSource {
  /** The project folder, where access-code files live. */
  root: string;
  /** The content folder: `CONTENT_DIR`, else `content/` in the project. */
  contentDir: string;
  includeDrafts: boolean;
  /** A sub-path such as `/help/`: `BASE_PATH`, else site.yaml's `base`. */
  base?: string;
}

export interface LoadedSite extends BuiltSite {
  /**
   * What the outputs read besides the model: the settings and the synonym
   * groups. The entries themselves are not kept: the model holds what every
   * output needs of them, and at 50,000 entries their front matter and
   * Markdown would keep about 90 MB alive for the whole build.
   */
  content: Pick<Content, 'site' | 'synonyms'>;
  /** Warnings found while loading; a site with errors is never loaded. */
  problems: Problem[];
  members: MembersPlan;
  /** Each picture public answers show, by key: its files, which the build writes and the dev server serves. */
  publicPictures: Map<string, PublicPicture>;
  /** By key, the SHA-256 of every picture answers show, public or members-only (`checkPictures`): encoded pictures are cached by it. */
  pictureDigests: ReadonlyMap<string, string>;
}

export function resolveSiteSource(root: string, command: string, env: NodeJS.ProcessEnv = process.env): SiteSource {
  return {
    root,
    contentDir: path.resolve(root, env.CONTENT_DIR || 'content'),
    includeDrafts: command === 'dev',
    base: env.BASE_PATH || undefined,
  };
}

/** Where the site is served (`base`) and its public address (`url`), read before the content is loaded: the same as the loaded model's. */
export interface SiteAddress {
  base: string;
  url?: string;
}

export function siteAddress(source: SiteSource): SiteAddress {
  const settings = readSiteSettingsAlone(source.contentDir);
  return { base: createSiteUrls({ base: source.base ?? settings.base, defaultLang: settings.defaultLang }).base, url: settings.url };
}

export function addressOf(site: LoadedSite): SiteAddress {
  return { base: site.model.base, url: site.content.site.url };
}

/**
 * Loads, validates and models the site; throws one error listing every
 * problem, or saying why the members-only section can't be built.
 */
export async function loadSite(source: SiteSource, env: NodeJS.ProcessEnv = process.env): Promise<LoadedSite> {
  // Checked before anything is read, so a mistyped limit stops the build with its message rather than midway through the pages.
  faqFileBytes(env.FAQ_JSON_PART_BYTES);
  const loaded = loadContent(source.contentDir, { includeDrafts: source.includeDrafts, renderAnswers: true });
  const { content } = loaded;
  const problems = [...basePathProblems(source.base), ...loaded.problems];
  // Encoding would stop midway on a damaged picture: its pixels are read before anything is built.
  // The decoder (sharp) is loaded only for a site that shows pictures.
  let pictureDigests = new Map<string, string>();
  if (content?.images?.files.size) {
    const { checkPictures } = await import('../core/content/picture-decoding.ts');
    const checked = await checkPictures(content.images, path.join(source.root, DECODED_PICTURES_FOLDER));
    problems.push(...checked.problems);
    pictureDigests = checked.digests;
  }
  if (!content || errorsIn(problems).length) throw new ContentError(problems);
  const members = await planMembers(content, resolveAccessCodes(source.root, source.contentDir, env), env);
  const opaqueIds = members.mode === 'encrypt' ? members.opaqueIds : undefined;
  // The answers' drafts are dropped with `loaded` once the model holds their pages' HTML.
  const built = buildSite(content, { base: source.base, membersAnchor: opaqueIds && ((entry) => opaqueIds.get(entry)), answers: loaded.answers });
  const publicPictures = planPublicPictures(built.model.pictures, pictureDigests, built.model.base);
  const model = placeModelPictures(built.model, await picturePlaces(built.model, publicPictures));
  return { ...built, model, content: { site: content.site, synonyms: content.synonyms }, problems, members, publicPictures, pictureDigests };
}
