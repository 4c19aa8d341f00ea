/** The footer pages a newsroom writes, in footer order, with their default titles. */
export const SITE_PAGE_KINDS = [
  { slug: "about", title: "About" },
  { slug: "contact", title: "Contact" },
  { slug: "privacy", title: "Privacy" },
  { slug: "terms", title: "Terms" },
  { slug: "imprint", title: "Imprint" },
] as const;

export type SitePageSlug = (typeof SITE_PAGE_KINDS)[number]["slug"];

export function isSitePageSlug(slug: string): slug is SitePageSlug {
  return SITE_PAGE_KINDS.some((k) => k.slug === slug);
}

/** A footer page's public address. */
export function sitePagePath(slug: SitePageSlug): string {
  return `/pages/${slug}`;
}
