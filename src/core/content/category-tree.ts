import type { YamlSource } from './yaml-source.ts';
import type { Category, Problem, WrittenCategory } from './types.ts';

/** Gives every category its path and depth, and reports ids used twice under one parent. */
export function buildCategoryTree(
  input: WrittenCategory[],
  source: YamlSource | undefined,
  file: string,
): { categories: Category[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const visit = (items: WrittenCategory[], parent: Category | undefined, yamlPath: PropertyKey[]): Category[] => {
    const seen = new Set<string>();
    // flatMap skips holes: a catalogue with mistakes keeps its valid categories at their written indexes.
    return items.flatMap((item, index) => {
      const itemPath = [...yamlPath, index];
      const categoryPath = parent ? `${parent.path}/${item.id}` : item.id;
      if (seen.has(item.id)) {
        problems.push({
          file,
          line: source?.lineOf([...itemPath, 'id']),
          message: `category "${categoryPath}" is defined twice`,
          hint: 'give each category a different id under the same parent, or merge the two',
          severity: 'error',
        });
        return [];
      }
      seen.add(item.id);
      const category: Category = {
        id: item.id,
        path: categoryPath,
        title: item.title,
        description: item.description,
        depth: parent ? parent.depth + 1 : 0,
        parentPath: parent?.path,
        children: [],
      };
      category.children = visit(item.children ?? [], category, [...itemPath, 'children']);
      return [category];
    });
  };
  return { categories: visit(input, undefined, []), problems };
}

export function flattenCategories(categories: readonly Category[]): Category[] {
  return categories.flatMap((category) => [category, ...flattenCategories(category.children)]);
}
