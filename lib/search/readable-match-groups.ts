import { decideAccess } from "@/lib/access/decide-access";
import type { Requirement, Viewer } from "@/lib/access/types";

/** Matching articles that share an effective requirement and whether the viewer wrote them. */
export interface MatchGroup {
  requirement: Requirement;
  isOwn: boolean;
  /** Articles whose public document matches. */
  publicMatches: number;
  /** Articles whose public or full document matches. */
  anyMatches: number;
}

/** A requirement whose full text the viewer may search: for any article, or only their own / only others'. */
export interface ReadableRequirement {
  requirement: Requirement;
  authorship: "any" | "own" | "others";
}

export interface ReadableMatches {
  total: number;
  readable: ReadableRequirement[];
}

const key = (r: Requirement) => `${r.level ?? ""}|${r.ccaps.join(",")}`;

/**
 * Which matching articles' full text counts for this viewer, asked of decideAccess once per
 * distinct requirement (and authorship) rather than re-stated in SQL. A gated-only match
 * counts only where decideAccess allows; public matches count for everyone.
 */
export function readableMatches(viewer: Viewer, groups: readonly MatchGroup[], now: Date): ReadableMatches {
  const mayRead = (requirement: Requirement, isOwnArticle: boolean) => decideAccess(viewer, requirement, { now, isPublished: true, isOwnArticle }).allowed;
  let total = 0;
  const readable = new Map<string, ReadableRequirement>();
  for (const group of groups) {
    total += mayRead(group.requirement, group.isOwn) ? group.anyMatches : group.publicMatches;
    const k = key(group.requirement);
    if (readable.has(k)) continue;
    // Both authorships are decided, whichever the matches had, so the page query is right for every row.
    const own = mayRead(group.requirement, true);
    const others = mayRead(group.requirement, false);
    if (own || others) readable.set(k, { requirement: group.requirement, authorship: own && others ? "any" : own ? "own" : "others" });
  }
  return { total, readable: [...readable.values()] };
}
