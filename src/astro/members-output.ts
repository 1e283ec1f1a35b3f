import { gzipSync } from 'node:zlib';
import { createKeyring, encryptFile, opaqueId } from '../core/gate/index.ts';
import { localize } from '../core/i18n/localize.ts';
import { buildSearchIndex } from '../core/search/build-index.ts';
import { searchDocumentsFromContent } from '../core/search/documents-from-content.ts';
import type { LoadedSite } from './load-site.ts';
import type { MembersPlan } from './members-plan.ts';
import type { EntryView } from '../core/site/model.ts';
import type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';
import { MEMBERS_FOLDER } from '../core/output-folders.ts';

export type { MembersCatalogue, MembersManifest, MembersShard } from '../core/gate/section-format.ts';

/** Entries per encrypted shard: a returning customer downloads one shard to read one answer. */
const SHARD_SIZE = 64;


/**
 * Encrypts the members-only section: a fresh content key wrapped per code,
 * then, for every language of the site (those without members-only entries
 * too, so no language stands out), one catalogue and its answer shards.
 * Everything is gzipped, then padded and encrypted.
 */
export async function writeMembersSection(site: LoadedSite, plan: Extract<MembersPlan, { mode: 'encrypt' }>, write: (file: string, contents: string | Uint8Array) => void): Promise<void> {
  const { contentKey, keyring } = await createKeyring(plan.codes);
  const catalogues: Record<string, string> = {};
  const byLang = new Map<string, EntryView[]>();
  for (const entry of site.membersOnly) byLang.set(entry.lang, [...(byLang.get(entry.lang) ?? []), entry]);
  const opaqueByKey = new Map([...plan.opaqueIds].map(([entry, id]) => [`${entry.lang}:${entry.id}`, id]));

  for (const lang of site.content.site.languages) {
    const view = site.model.languages.find((language) => language.lang === lang)!;
    const entries = (byLang.get(lang) ?? []).sort((a, b) => b.priority - a.priority || a.question.localeCompare(b.question, lang));
    const idOf = (entry: EntryView) => opaqueByKey.get(`${entry.lang}:${entry.id}`)!;
    const shards: string[] = [];
    // At least one shard per language, so a language without members-only entries looks like one with a few.
    for (let start = 0; start < Math.max(entries.length, 1); start += SHARD_SIZE) {
      const chunk = entries.slice(start, start + SHARD_SIZE);
      const name = await opaqueId(plan.linkKey, 'shard', lang, String(shards.length));
      const shard: MembersShard = { entries: Object.fromEntries(chunk.map((entry) => [idOf(entry), { html: entry.html, related: entry.related, products: entry.products }])) };
      write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, gzipSync(JSON.stringify(shard))));
      shards.push(name);
    }
    const documents = searchDocumentsFromContent(site.content, lang, {
      entryUrl: (entry) => `${view.isDefault ? '' : `${lang}/`}members/#${plan.opaqueIds.get(entry) ?? ''}`,
    })
      .filter((document) => document.members)
      .map((document) => ({ ...document, id: opaqueByKey.get(`${lang}:${document.id}`)! }));
    const search = documents.length
      ? Object.fromEntries(buildSearchIndex(documents, { lang, synonyms: site.content.synonyms, scope: 'members' }).map((file) => [file.path, file.contents]))
      : {};
    const catalogue: MembersCatalogue = {
      lang,
      entries: entries.map((entry, index) => ({
        id: idOf(entry),
        question: entry.question,
        categories: entry.categories.map((path) => ({ path, title: view.categories[path]?.title ?? categoryTitle(site, path, lang), url: view.categories[path]?.url })),
        audience: entry.audience,
        priority: entry.priority,
        updated: entry.updated,
        shard: Math.floor(index / SHARD_SIZE),
      })),
      shards,
      search,
    };
    const name = await opaqueId(plan.linkKey, 'catalogue', lang);
    write(`${MEMBERS_FOLDER}/${name}.bin`, await encryptFile(contentKey, name, gzipSync(JSON.stringify(catalogue))));
    catalogues[lang] = name;
  }
  const manifest: MembersManifest = { keyring, catalogues };
  write(`${MEMBERS_FOLDER}/manifest.json`, JSON.stringify(manifest));
}

/** A category may list only members-only entries, and so be missing from the public views. */
function categoryTitle(site: LoadedSite, path: string, lang: string): string {
  const find = (categories: typeof site.content.categories): string | undefined => {
    for (const category of categories) {
      if (category.path === path) return localize(category.title, lang, site.content.site.defaultLang) || category.id;
      const found = find(category.children);
      if (found) return found;
    }
    return undefined;
  };
  return find(site.content.categories) ?? path;
}
