import { pageUrl } from '../urls.ts';
import { PICTURE_MARKUP, utf8Bytes } from './paginate.ts';
import type { CategoryView, EntryView, HandbookPage, HandbookPart, HandbookSection } from './model.ts';

/**
 * The most questions and answers one handbook page may print, in bytes of
 * UTF-8 HTML before compression: the budget of the category pages, so that
 * a page stays under 100 kB gzip even in Chinese, which compresses to about
 * half. It is also a good chunk to print: some 60 sheets of paper.
 */
export const HANDBOOK_PAGE_BYTES = 200_000;

/** Around each answer in the handbook: its article, its question as a linked heading. */
const ENTRY_MARKUP = 150;
/** Around each category's heading: its section element and id. */
const SECTION_MARKUP = 100;

type Catalogue = { categories: Record<string, CategoryView>; topCategories: string[] };

/** What one entry adds to a handbook page, estimated from what it prints. */
export function handbookEntryBytes(entry: EntryView): number {
  return utf8Bytes(entry.html) + utf8Bytes(entry.question) + entry.url.length + ENTRY_MARKUP + entry.pictures.length * PICTURE_MARKUP;
}

/** A category's heading prints its whole breadcrumb (`Devices › Setting up`). */
function headingBytes(category: CategoryView): number {
  return SECTION_MARKUP + category.path.length + category.breadcrumb.reduce((sum, link) => sum + utf8Bytes(link.title), 0);
}

interface MeasuredSection {
  category: CategoryView;
  entries: { id: string; bytes: number }[];
}

/**
 * The parts of a language's handbook: none while it fits on one page, else
 * one per top topic that is the home of any question, in catalogue order,
 * each in as many pages as its size needs. Each entry is printed once, under
 * its home category, as it is in a handbook of one page. Sizes are measured
 * from each entry's HTML, so a handbook of long answers splits sooner than
 * one of short answers.
 */
export function handbookParts(catalogue: Catalogue, entries: readonly EntryView[], urlOf: (topPath: string) => string, pageBytes = HANDBOOK_PAGE_BYTES): HandbookPart[] {
  const bytesById = new Map(entries.map((entry) => [entry.id, handbookEntryBytes(entry)]));
  // The sections a handbook of one page prints: every category with questions at home there, and every top topic's heading.
  const sections: MeasuredSection[] = Object.values(catalogue.categories)
    .map((category) => ({ category, entries: category.homeEntryIds.filter((id) => bytesById.has(id)).map((id) => ({ id, bytes: bytesById.get(id)! })) }))
    .filter((section) => section.entries.length > 0 || section.category.depth === 0);
  const whole = sections.reduce((sum, section) => sum + sectionBytes(section), 0);
  if (whole <= pageBytes) return [];
  return catalogue.topCategories.flatMap((topPath): HandbookPart[] => {
    const own = sections.filter((section) => section.category.path === topPath || section.category.path.startsWith(`${topPath}/`));
    const count = own.reduce((sum, section) => sum + section.entries.length, 0);
    if (count === 0) return [];
    const top = catalogue.categories[topPath]!;
    const url = urlOf(topPath);
    const pages = packPages(own, top, pageBytes).map((pageSections, index): HandbookPage => ({
      number: index + 1,
      url: pageUrl(url, index + 1),
      entryIds: pageSections.flatMap((section) => section.entryIds),
      sections: pageSections,
    }));
    return [{ path: topPath, title: top.title, url, count, pages }];
  });
}

function sectionBytes(section: MeasuredSection): number {
  return section.entries.reduce((sum, entry) => sum + entry.bytes, headingBytes(section.category));
}

/**
 * One topic's sections in pages of at most `pageBytes` each, in order. A
 * sub-topic that would not fit in what is left of a page starts the next
 * page when it fits on one and the page it leaves is at least half full;
 * otherwise it is broken between answers and its heading repeated, marked as
 * continued. An answer larger than a whole page gets a page of its own
 * rather than being dropped.
 */
function packPages(sections: readonly MeasuredSection[], top: CategoryView, pageBytes: number): HandbookSection[][] {
  const pages: HandbookSection[][] = [];
  let page: HandbookSection[] = [];
  let bytes = 0;
  let answers = 0;
  const nextPage = () => {
    pages.push(page);
    page = [];
    bytes = 0;
    answers = 0;
  };
  const open = (category: CategoryView, continued: boolean): HandbookSection => {
    // A page that opens inside the topic repeats the topic's heading first, so its sub-topics' headings never skip a level.
    if (page.length === 0 && category !== top) {
      page.push({ path: top.path, entryIds: [], continued: true });
      bytes += headingBytes(top);
    }
    const section: HandbookSection = { path: category.path, entryIds: [], continued };
    page.push(section);
    bytes += headingBytes(category);
    return section;
  };
  for (const measured of sections) {
    const whole = sectionBytes(measured);
    const first = headingBytes(measured.category) + (measured.entries[0]?.bytes ?? 0);
    const fitsOnNextPage = headingBytes(top) + whole <= pageBytes && bytes >= pageBytes / 2;
    // Never a heading alone at the foot of a page: its first answer comes with it.
    if (answers > 0 && bytes + whole > pageBytes && (fitsOnNextPage || bytes + first > pageBytes)) nextPage();
    let section = open(measured.category, false);
    for (const [index, entry] of measured.entries.entries()) {
      if (index > 0 && bytes + entry.bytes > pageBytes) {
        nextPage();
        section = open(measured.category, true);
      }
      section.entryIds.push(entry.id);
      bytes += entry.bytes;
      answers++;
    }
  }
  pages.push(page);
  return pages;
}
