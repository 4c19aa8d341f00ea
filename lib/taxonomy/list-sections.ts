import type { CategoryTree } from "./category-tree";

/** The sections shown in the site navigation: each top-level category, then its children. */
export function listSections(tree: CategoryTree): { slug: string; name: string }[] {
  return tree.children(null).flatMap((top) => [top, ...tree.children(top.id)]).map(({ slug, name }) => ({ slug, name }));
}
