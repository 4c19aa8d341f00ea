import { revalidatePath } from "next/cache";
import { purgeSharedPages } from "@/server/page-memory/shared-page-memory";
import type { CachePath } from "@/lib/admin/cache/article-paths";

/**
 * Drops the cached copies of these pages; the next request renders them afresh. Concrete
 * URLs carry no type (Next tags each cached page with its pathname). The server's page
 * memory forgets all its pages too (saves are rare; a page is cheap to fetch again).
 */
export function revalidatePaths(paths: readonly CachePath[]): void {
  for (const p of paths) revalidatePath(p.path, p.type);
  if (paths.length > 0) purgeSharedPages();
}
