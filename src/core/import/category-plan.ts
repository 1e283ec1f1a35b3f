import { idForTitle } from './ids.ts';
import type { CategorySegment } from './types.ts';

/** A category as categories.yaml writes it. */
export interface CategoryNode {
  id: string;
  title: string | Record<string, string>;
  description?: string | Record<string, string>;
  children?: CategoryNode[];
}

interface WorkingNode {
  id: string;
  /** Titles per language, `*` for any; for an existing category, as categories.yaml has them. */
  titles: Record<string, string>;
  existing: boolean;
  key?: string;
  children: WorkingNode[];
  /** What categories.yaml holds, for existing nodes. */
  written?: CategoryNode;
}

/**
 * The category tree of the content folder with the source's categories
 * placed in it: a source category is matched to an existing one by id or
 * title at the same level, and added otherwise.
 */
export class CategoryPlan {
  private readonly roots: WorkingNode[];
  private readonly defaultLang: string;

  constructor(existing: readonly CategoryNode[], defaultLang: string) {
    this.defaultLang = defaultLang;
    const toWorking = (node: CategoryNode): WorkingNode => ({
      id: node.id,
      titles: typeof node.title === 'string' ? { '*': node.title } : { ...node.title },
      existing: true,
      children: (node.children ?? []).map(toWorking),
      written: node,
    });
    this.roots = existing.map(toWorking);
  }

  /** The path of ids for a source's category path, adding what is missing. */
  place(segments: readonly CategorySegment[]): string {
    let level = this.roots;
    const ids: string[] = [];
    for (const segment of segments) {
      let node = level.find((candidate) => matches(candidate, segment));
      if (!node) {
        const title = segment.titles[this.defaultLang] ?? segment.titles['*'] ?? Object.values(segment.titles)[0]!;
        let id = idForTitle(title, segment.key);
        for (let suffix = 2; level.some((other) => other.id === id); suffix++) id = `${idForTitle(title, segment.key)}-${suffix}`;
        node = { id, titles: {}, existing: false, key: segment.key, children: [] };
        level.push(node);
      }
      // A new category learns its title in each language the source gives; an existing one is left as the editor wrote it.
      if (!node.existing) for (const [lang, title] of Object.entries(segment.titles)) node.titles[lang] ??= title;
      ids.push(node.id);
      level = node.children;
    }
    return ids.join('/');
  }

  /** Paths of the categories the import adds, parents first. */
  added(): string[] {
    const paths: string[] = [];
    const visit = (nodes: WorkingNode[], prefix: string) => {
      for (const node of nodes) {
        const path = prefix ? `${prefix}/${node.id}` : node.id;
        if (!node.existing) paths.push(path);
        visit(node.children, path);
      }
    };
    visit(this.roots, '');
    return paths;
  }

  /** Whether every added category is a new top-level one, so it can be appended to categories.yaml as written. */
  addsOnlyTopLevel(): boolean {
    const hasNew = (node: WorkingNode): boolean => !node.existing || node.children.some(hasNew);
    return this.roots.filter((node) => node.existing).every((node) => !node.children.some(hasNew));
  }

  /** The tree for categories.yaml: existing categories as written, new ones after them. */
  tree(onlyNew = false): CategoryNode[] {
    const write = (node: WorkingNode): CategoryNode => {
      if (node.existing && node.written) {
        const children = node.children.map(write);
        return { ...node.written, ...(children.length ? { children } : {}) };
      }
      const titles = Object.entries(node.titles);
      const title = new Set(titles.map(([, text]) => text)).size === 1 ? titles[0]![1] : Object.fromEntries(titles.sort(([a], [b]) => (a === this.defaultLang ? -1 : b === this.defaultLang ? 1 : a.localeCompare(b))));
      return { id: node.id, title, ...(node.children.length ? { children: node.children.map(write) } : {}) };
    };
    return this.roots.filter((node) => !onlyNew || !node.existing).map(write);
  }
}

function matches(node: WorkingNode, segment: CategorySegment): boolean {
  if (segment.key && node.key === segment.key) return true;
  if (segment.key && !node.existing) return false;
  const wanted = Object.values(segment.titles).map((title) => title.trim().toLowerCase());
  return wanted.some((title) => title === node.id || Object.values(node.titles).some((own) => own.trim().toLowerCase() === title));
}
