import { placePictures, type PlacedPicture } from '../markdown/pictures.ts';
import { changePlaceable } from '../markdown/heading-levels.ts';
import type { EntryView, LanguageView, MembersView, SiteModel } from './model.ts';
import { hostedMembersPictureFile } from '../output-folders.ts';
import type { PublicPicture } from './public-pictures.ts';

/** Where each picture ended up, by key: one for public pages, one for members-only pages served by the host. */
export interface PicturePlaces {
  public: (key: string) => PlacedPicture;
  members?: (key: string) => PlacedPicture;
}

/**
 * Where public pictures are published (`planPublicPictures`) and, with
 * `gate.mode: host`, where members-only pictures are: files behind the host's
 * login, next to the pages that show them, never beside the public ones.
 */
export async function picturePlaces(model: SiteModel, publicPictures: ReadonlyMap<string, PublicPicture>): Promise<PicturePlaces> {
  const hosted = new Map<string, PlacedPicture>();
  for (const members of model.hostedMembers ?? []) {
    for (const picture of members.entries.flatMap((entry) => entry.pictures)) {
      if (!hosted.has(picture.key)) hosted.set(picture.key, { src: `${model.base}${await hostedMembersPictureFile(picture.key)}` });
    }
  }
  return { public: (key) => publicPictures.get(key)!.placed, members: (key) => hosted.get(key)! };
}

/**
 * The model with processed pictures in place of the renderer's stand-ins,
 * computed once, before any output: every page reads this one. Entries
 * without pictures are passed on as they are.
 */
export function placeModelPictures(model: SiteModel, places: PicturePlaces): SiteModel {
  const inLanguage = (view: LanguageView): LanguageView => ({
    ...view,
    entries: Object.fromEntries(Object.entries(view.entries).map(([id, entry]) => [id, withPictures(entry, places.public)])),
  });
  const inMembers = (view: MembersView, place: (key: string) => PlacedPicture): MembersView => ({ ...view, entries: view.entries.map((entry) => withPictures(entry, place)) });
  return {
    ...model,
    languages: model.languages.map(inLanguage),
    ...(model.hostedMembers ? { hostedMembers: model.hostedMembers.map((view) => inMembers(view, places.members ?? missingPlace)) } : {}),
  };
}

/** One entry with its pictures placed. */
export function withPictures(entry: EntryView, place: (key: string) => PlacedPicture): EntryView {
  if (entry.pictures.length === 0) return entry;
  const placed = (html: string) => placePictures(html, place);
  return { ...entry, html: placed(entry.html), ...(entry.placeable ? { placeable: changePlaceable(entry.placeable, placed) } : {}) };
}

function missingPlace(key: string): PlacedPicture {
  throw new Error(`the picture ${key} of a members-only answer has no place: the members-only pictures were not processed`);
}
