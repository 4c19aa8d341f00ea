import { revalidatePath } from "next/cache";
import type { CachePath } from "./article-paths";

/**
 * Drops the cached copies of these pages; the next request renders them afresh. Concrete
 * URLs carry no type (Next tags each cached page with its pathname).
 */
export function revalidatePaths(paths: readonly CachePath[]): void {
  for (const p of paths) revalidatePath(p.path, p.type);
}
