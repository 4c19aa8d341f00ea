/** Categories and tags: the two kinds of section an article is filed under. */
export type SectionKind = "category" | "tag";

const BASE: Record<SectionKind, string> = { category: "/categories/", tag: "/tags/" };

/** A section's public address: `/categories/libya`, `/tags/nato`. */
export function sectionPath(kind: SectionKind, slug: string): string {
  return BASE[kind] + slug;
}

/** The kind named by an address segment (`categories`, `tags`), or null. */
export function sectionKindOf(segment: string): SectionKind | null {
  return segment === "categories" ? "category" : segment === "tags" ? "tag" : null;
}
