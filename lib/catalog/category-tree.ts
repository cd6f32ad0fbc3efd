// The category tree, worked out in memory: a shop has tens of categories, not thousands.

export type CategoryNode = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  parentId: string | null;
  position: number;
};

type TreeNode = Pick<CategoryNode, 'id' | 'parentId'>;

/** The category and its ancestors, root first (for breadcrumbs). Stops at a cycle. */
export function categoryPath<T extends TreeNode>(categories: readonly T[], id: string): T[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: T[] = [];
  const seen = new Set<string>();
  for (let node = byId.get(id); node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
    seen.add(node.id);
    path.unshift(node);
  }
  return path;
}

/** The category's id and the ids of every category below it. */
export function subtreeIds(categories: readonly TreeNode[], id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    for (const c of categories) if (c.parentId === ids[i] && !ids.includes(c.id)) ids.push(c.id);
  }
  return ids;
}

/** The direct children of `parentId` (null: the top level), in their shop order. */
export function childrenOf<T extends CategoryNode>(categories: readonly T[], parentId: string | null): T[] {
  return categories
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** Each category's number of products, its subcategories' products included. */
export function subtreeCounts(categories: readonly (TreeNode & { productCount: number })[]): Map<string, number> {
  const counts = new Map(categories.map((c) => [c.id, c.productCount]));
  return new Map(
    categories.map((c) => [c.id, subtreeIds(categories, c.id).reduce((sum, id) => sum + (counts.get(id) ?? 0), 0)]),
  );
}
