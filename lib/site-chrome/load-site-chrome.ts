import type { Database } from "@/db/client";
import { getSiteIdentity, type SiteIdentity } from "@/lib/settings/site-identity";
import { siteNavigation, type NavLink } from "@/lib/settings/site-navigation";
import { siteConfig } from "@/lib/site-config";
import { listFooterLinks } from "@/lib/site-pages/list-site-pages";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";

/** What every public page shows around its content: masthead, navigation, announcement, footer. */
export interface SiteChrome {
  identity: SiteIdentity;
  navigation: NavLink[];
  footerLinks: NavLink[];
}

/**
 * The newsroom's settings (admin → Site) over the environment's defaults, the navigation
 * they order and the footer pages written. Shared by every viewer: it holds nothing
 * per-reader, so it may sit in cached pages (a settings save purges them all).
 */
export async function loadSiteChrome(db: Database): Promise<SiteChrome> {
  const [identity, tree, footerLinks] = await Promise.all([getSiteIdentity(db), loadCategoryTree(db), listFooterLinks(db)]);
  return { identity, navigation: siteNavigation(identity, tree), footerLinks };
}

/** The chrome from the environment alone, for what renders without a database (the build). */
export function defaultSiteChrome(): SiteChrome {
  return {
    identity: { name: siteConfig.name, tagline: siteConfig.description, logo: null, favicon: null, accentColour: null, navigation: null, announcement: null, language: siteConfig.language },
    navigation: [],
    footerLinks: [],
  };
}
