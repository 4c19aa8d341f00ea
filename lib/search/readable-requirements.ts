import { decideAccess } from "@/lib/access/decide-access";
import type { Requirement, Viewer } from "@/lib/access/types";

/** A requirement whose full text the viewer may search: for any article, or only their own / only others'. */
export interface ReadableRequirement {
  requirement: Requirement;
  authorship: "any" | "own" | "others";
}

/**
 * Which of the archive's requirements the viewer may search the full text of, asked of
 * decideAccess once per requirement (and authorship) rather than re-stated in SQL.
 */
export function readableRequirements(viewer: Viewer, requirements: readonly Requirement[], now: Date): ReadableRequirement[] {
  const mayRead = (requirement: Requirement, isOwnArticle: boolean) => decideAccess(viewer, requirement, { now, isPublished: true, isOwnArticle }).allowed;
  const readable: ReadableRequirement[] = [];
  for (const requirement of requirements) {
    // Both authorships are decided, so the search is right for every row of that requirement.
    const own = mayRead(requirement, true);
    const others = mayRead(requirement, false);
    if (own || others) readable.push({ requirement, authorship: own && others ? "any" : own ? "own" : "others" });
  }
  return readable;
}
