import { searchDocumentsOf } from '../core/search/search-documents.ts';
import type { SearchDocument } from '../core/search/types.ts';
import type { EntryView } from '../core/site/model.ts';
import type { LoadedSite } from './load-site.ts';
import type { MembersPlan } from './members-plan.ts';

/** The plan of an encrypted members-only section. */
export type EncryptPlan = Extract<MembersPlan, { mode: 'encrypt' }>;

/** One tier's entries in one language: a catalogue of the members-only section, with its shards and its search index. */
export interface MembersSection {
  tier: string;
  lang: string;
  entries: EntryView[];
}

/**
 * The section's catalogues, tier by tier, each in every language of the site
 * (one without members-only entries too, so no tier or language stands out),
 * and each entry's opaque id. An entry readable in two tiers is in both, under
 * one id.
 */
export function membersSections(site: LoadedSite, plan: EncryptPlan): { sections: MembersSection[]; idOf: (entry: EntryView) => string } {
  const opaqueByKey = new Map([...plan.opaqueIds].map(([entry, id]) => [`${entry.lang}:${entry.id}`, id]));
  const tiersByKey = new Map([...plan.opaqueIds.keys()].map((entry) => [`${entry.lang}:${entry.id}`, entry.tiers]));
  const sections = plan.tiers.flatMap((tier) =>
    site.membersOnly.map((members) => ({ tier, lang: members.lang, entries: members.entries.filter((entry) => tiersByKey.get(`${entry.lang}:${entry.id}`)?.includes(tier) ?? false) })),
  );
  return { sections, idOf: (entry) => opaqueByKey.get(`${entry.lang}:${entry.id}`)! };
}

/** What the search indexes of the members-only catalogues are made of: plain data, so a worker thread can build them. */
export interface MembersSearchInput {
  sections: { tier: string; lang: string; documents: SearchDocument[] }[];
  synonyms: string[][];
}

/** A catalogue's search index, as the catalogue carries it: file path to contents. */
export interface MembersSearchIndex {
  tier: string;
  lang: string;
  files: Record<string, string>;
}

/** Each catalogue's entries as search documents, named by their opaque ids only. */
export function membersSearchInput(site: LoadedSite, plan: EncryptPlan): MembersSearchInput {
  const { sections, idOf } = membersSections(site, plan);
  return {
    sections: sections.map(({ tier, lang, entries }) => ({
      tier,
      lang,
      documents: searchDocumentsOf(entries, site.model.base).map((document, index) => ({ ...document, id: idOf(entries[index]!) })),
    })),
    synonyms: site.content.synonyms.map((group) => [...group]),
  };
}
