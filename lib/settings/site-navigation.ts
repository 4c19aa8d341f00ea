import type { CategoryTree } from "@/lib/taxonomy/category-tree";
import { listSections } from "@/lib/taxonomy/list-sections";
import { sectionPath } from "@/lib/taxonomy/section-path";
import type { SiteIdentity } from "./site-identity";

export interface NavLink {
  label: string;
  href: string;
}

/**
 * The header's links: the newsroom's order of sections and extra links, or by default
 * every top-level section with its children. Sections are kept by id: a deleted one is left
 * out, a renamed one shows its current name and address.
 */
export function siteNavigation(identity: Pick<SiteIdentity, "navigation">, tree: CategoryTree): NavLink[] {
  if (!identity.navigation) return listSections(tree).map((s) => ({ label: s.name, href: sectionPath("category", s.slug) }));
  return identity.navigation.flatMap((item): NavLink[] => {
    if (item.kind === "link") return [{ label: item.label, href: item.href }];
    const category = tree.byId.get(item.categoryId);
    return category ? [{ label: category.name, href: sectionPath("category", category.slug) }] : [];
  });
}
