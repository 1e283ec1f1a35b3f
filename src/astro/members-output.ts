import { gzipSync } from 'node:zlib';
import { createKeyring, encryptFile, opaqueId } from '../core/gate/index.ts';
import { buildSearchIndex } from '../core/search/build-index.ts';
import { searchDocumentsOf } from '../core/search/search-documents.ts';
import type { LoadedSite } from './load-site.ts';
import type { MembersPlan } from './members-plan.ts';
import type { EntryView } from '../core/site/model.ts';
import type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';
import { MEMBERS_FOLDER } from '../core/output-folders.ts';
import { MEMBERS_PICTURE_PREFIX } from '../core/gate/section-format.ts';
import { withPictures } from '../core/site/place-pictures.ts';
import { forEachMembersPicture } from './members-pictures.ts';

export type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';

/** Entries per encrypted shard: a returning customer downloads one shard to read one answer. */
const SHARD_SIZE = 64;

/**
 * Encrypts the members-only section: a fresh content key per tier, wrapped
 * into one slot per tier for every code, then, for every tier and every
 * language of the site (those without members-only entries too, so no tier or
 * language stands out), one catalogue and its answer shards. Everything is
 * gzipped, then padded and encrypted with its tier's key. Entries are named by
 * their opaque ids only; an entry readable in two tiers is in both, under one id.
 */
export async function writeMembersSection(
  site: LoadedSite,
  plan: Extract<MembersPlan, { mode: 'encrypt' }>,
  write: (file: string, contents: string | Uint8Array) => void,
  /** Where encoded pictures are kept between builds. */
  pictureCache: string,
): Promise<void> {
  const { contentKeys, keyring } = await createKeyring(plan.codes, plan.tiers.length);
  const opaqueByKey = new Map([...plan.opaqueIds].map(([entry, id]) => [`${entry.lang}:${entry.id}`, id]));
  const tiersByKey = new Map([...plan.opaqueIds.keys()].map((entry) => [`${entry.lang}:${entry.id}`, entry.tiers]));
  const idOf = (entry: EntryView) => opaqueByKey.get(`${entry.lang}:${entry.id}`)!;
  const catalogues: Record<string, string[]> = Object.fromEntries(site.membersOnly.map((members) => [members.lang, []]));

  for (const [tierNumber, tier] of plan.tiers.entries()) {
    const contentKey = contentKeys[tierNumber]!;
    const inTier = (entry: EntryView) => tiersByKey.get(`${entry.lang}:${entry.id}`)?.includes(tier) ?? false;
    // Each picture is a file of its own per tier, encrypted and named by an opaque id, fetched only when its answer is opened.
    const pictureNames = new Map<string, string>();
    const tierPictures = new Set(site.membersOnly.flatMap((members) => members.entries.filter(inTier).flatMap((entry) => entry.pictures)));
    await forEachMembersPicture(tierPictures, pictureCache, async (picture, bytes) => {
      const name = await opaqueId(plan.linkKey, 'picture', tier, picture.key);
      write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, bytes));
      pictureNames.set(picture.key, name);
    });
    const placeMembersPicture = (key: string) => ({ src: MEMBERS_PICTURE_PREFIX + pictureNames.get(key)! });

    for (const members of site.membersOnly) {
      const { lang } = members;
      const entries = members.entries.filter(inTier);
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
      const documents = searchDocumentsOf(entries, site.model.base).map((document, index) => ({ ...document, id: idOf(entries[index]!) }));
      const search = documents.length
        ? Object.fromEntries(buildSearchIndex(documents, { lang, synonyms: site.content.synonyms, scope: 'members' }).map((file) => [file.path, file.contents]))
        : {};
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
        search,
      };
      const name = await opaqueId(plan.linkKey, 'catalogue', tier, lang);
      write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, gzipSync(JSON.stringify(catalogue))));
      catalogues[lang]!.push(name);
    }
  }
  const manifest: MembersManifest = { keyring, catalogues };
  write(`${MEMBERS_FOLDER}/manifest.json`, JSON.stringify(manifest));
}
