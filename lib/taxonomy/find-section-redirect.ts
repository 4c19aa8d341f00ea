import type { Database } from "@/db/client";
import { findLegacyRedirect } from "@/lib/import/find-legacy-redirect";
import { isValidSlug } from "@/lib/content/is-valid-slug";
import { sectionPath, type SectionKind } from "./section-path";

/**
 * Where a section that is no longer at `slug` went (renamed or merged), as a path with the
 * same listing page: `/categories/old/page/2` → `/categories/new/page/2`. Null when nothing
 * moved from there. The old addresses live in the same table as old WordPress links
 * (lib/import), written by lib/admin/sections/redirect-section-path; call this only for an
 * unknown slug, so live pages never pay the lookup.
 */
export async function findSectionRedirect(db: Database, options: { kind: SectionKind; slug: string; page: number }): Promise<string | null> {
  if (!isValidSlug(options.slug)) return null;
  const to = await findLegacyRedirect({ db, pathAndQuery: sectionPath(options.kind, options.slug) });
  if (!to) return null;
  return options.page > 1 ? `${to}/page/${options.page}` : to;
}
