import type { AccessDecision, Grant, Requirement, Viewer } from "./types";

export interface AccessContext {
  now: Date;
  /** Published and due; drafts and scheduled pieces are staff-only. */
  isPublished: boolean;
  /** The viewer is one of the piece's authors. */
  isOwnArticle: boolean;
}

const NOTHING_MISSING = { level: null, ccaps: [] };

function isActive(grant: Grant, now: Date): boolean {
  return grant.until === null || grant.until.getTime() > now.getTime();
}

function grantSatisfies(grants: readonly Grant[], requirement: Requirement): boolean {
  const level = Math.max(-1, ...grants.map((g) => g.level ?? -1));
  if (requirement.level !== null && level < requirement.level) return false;
  const held = new Set(grants.flatMap((g) => g.ccaps));
  return requirement.ccaps.every((c) => held.has(c));
}

/**
 * The one place that decides whether a viewer may read the gated part of a piece.
 * Early returns, in order: unpublished → staff → public → anonymous → entitlements.
 */
export function decideAccess(viewer: Viewer, requirement: Requirement, context: AccessContext): AccessDecision {
  const isStaff = viewer.kind === "member" && (viewer.role === "editor" || viewer.role === "admin");
  const isOwn = viewer.kind === "member" && viewer.role !== "reader" && context.isOwnArticle;

  if (!context.isPublished) {
    if (isStaff) return { allowed: true, reason: "staff", missing: NOTHING_MISSING };
    if (isOwn) return { allowed: true, reason: "own-article", missing: NOTHING_MISSING };
    return { allowed: false, reason: "unpublished", missing: NOTHING_MISSING };
  }
  if (isStaff) return { allowed: true, reason: "staff", missing: NOTHING_MISSING };
  if (isOwn) return { allowed: true, reason: "own-article", missing: NOTHING_MISSING };
  if (isPublicRequirement(requirement)) return { allowed: true, reason: "public", missing: NOTHING_MISSING };
  if (viewer.kind === "anonymous") {
    return {
      allowed: false,
      reason: "anonymous",
      missing: { level: requirement.level ?? 0, ccaps: [...requirement.ccaps] },
    };
  }

  const active = viewer.grants.filter((g) => isActive(g, context.now));
  if (grantSatisfies(active, requirement)) {
    // Complimentary is the reason only when the member would not read without it.
    const withoutComp = active.filter((g) => g.source !== "complimentary");
    const reason = grantSatisfies(withoutComp, requirement) ? "level" : "complimentary";
    return { allowed: true, reason, missing: NOTHING_MISSING };
  }

  const level = Math.max(-1, ...active.map((g) => g.level ?? -1));
  const held = new Set(active.flatMap((g) => g.ccaps));
  const missingLevel = requirement.level !== null && level < requirement.level ? requirement.level : null;
  const missingCcaps = requirement.ccaps.filter((c) => !held.has(c));
  return {
    allowed: false,
    reason: missingLevel !== null ? "level-too-low" : "missing-ccap",
    missing: { level: missingLevel, ccaps: missingCcaps },
  };
}

/** True when a requirement lets anybody read (no level, no ccaps). */
export function isPublicRequirement(requirement: Requirement): boolean {
  return requirement.level === null && requirement.ccaps.length === 0;
}
