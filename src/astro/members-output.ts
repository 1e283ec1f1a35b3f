import { gzipSync } from 'node:zlib';
import { createKeyring, encryptFile, opaqueId } from '../core/gate/index.ts';
import type { LoadedSite } from './load-site.ts';
import type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';
import { MEMBERS_FOLDER } from '../core/output-folders.ts';
import { MEMBERS_PICTURE_PREFIX } from '../core/gate/section-format.ts';
import { withPictures } from '../core/site/place-pictures.ts';
import { forEachMembersPicture } from './members-pictures.ts';
import { membersSections, type EncryptPlan, type MembersSearchIndex } from './members-search.ts';

export type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';

/** Entries per encrypted shard: a returning customer downloads one shard to read one answer. */
const SHARD_SIZE = 64;

/**
 * Encrypts the members-only section: a fresh content key per tier, wrapped
 * into one slot per tier for every code, then each catalogue
 * (`membersSections`) and its answer shards. Everything is gzipped, then
 * padded and encrypted with its tier's key.
 */
export async function writeMembersSection(
  site: LoadedSite,
  plan: EncryptPlan,
  write: (file: string, contents: string | Uint8Array) => void,
  /** Where encoded pictures are kept between builds. */
  pictureCache: string,
  /** The catalogues' search indexes (`buildMembersSearchIndexes`), built beside the pages where the site allows. */
  searchIndexes: readonly MembersSearchIndex[],
): Promise<void> {
  const { contentKeys, keyring } = await createKeyring(plan.codes, plan.tiers.length);
  const { sections, idOf } = membersSections(site, plan);
  const catalogues: Record<string, string[]> = Object.fromEntries(site.membersOnly.map((members) => [members.lang, []]));

  for (const [tierNumber, tier] of plan.tiers.entries()) {
    const contentKey = contentKeys[tierNumber]!;
    const tierSections = sections.filter((section) => section.tier === tier);
    // Each picture is a file of its own per tier, encrypted and named by an opaque id, fetched only when its answer is opened.
    const pictureNames = new Map<string, string>();
    const tierPictures = new Set(tierSections.flatMap((section) => section.entries.flatMap((entry) => entry.pictures)));
    await forEachMembersPicture(tierPictures, { folder: pictureCache, digests: site.pictureDigests }, async (picture, bytes) => {
      const name = await opaqueId(plan.linkKey, 'picture', tier, picture.key);
      write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, bytes));
      pictureNames.set(picture.key, name);
    });
    const placeMembersPicture = (key: string) => ({ src: MEMBERS_PICTURE_PREFIX + pictureNames.get(key)! });

    for (const { lang, entries } of tierSections) {
      const publicView = site.model.languages.find((language) => language.lang === lang)!;
      const shards: string[] = [];
      // At least one shard per tier and language, so one without members-only entries looks like one with a few.
      for (let start = 0; start < Math.max(entries.length, 1); start += SHARD_SIZE) {
        const chunk = entries.slice(start, start + SHARD_SIZE);
        const name = await opaqueId(plan.linkKey, 'shard', tier, lang, String(shards.length));
        const shard: MembersShard = { entries: Object.fromEntries(chunk.map((entry) => [idOf(entry), { html: withPictures(entry, placeMembersPicture).html, related: entry.related, products: entry.products }])) };
        write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, gzipSync(JSON.stringify(shard))));
        shards.push(name);
      }
      const search = searchIndexes.find((index) => index.tier === tier && index.lang === lang);
      if (!search) throw new Error(`the members-only search index of tier "${tier}" in "${lang}" is missing`);
      const catalogue: MembersCatalogue = {
        lang,
        entries: entries.map((entry, index) => ({
          id: idOf(entry),
          question: entry.question,
          categories: entry.categories.map((path, i) => ({ path, title: entry.categoryTitles[i]!, url: publicView.categories[path]?.url })),
          audience: entry.audience,
          priority: entry.priority,
          updated: entry.updated,
          shard: Math.floor(index / SHARD_SIZE),
        })),
        shards,
        search: search.files,
      };
      const name = await opaqueId(plan.linkKey, 'catalogue', tier, lang);
      write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, gzipSync(JSON.stringify(catalogue))));
      catalogues[lang]!.push(name);
    }
  }
  const manifest: MembersManifest = { keyring, catalogues };
  write(`${MEMBERS_FOLDER}/manifest.json`, JSON.stringify(manifest));
}
