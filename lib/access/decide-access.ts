import type { AccessDecision, GiftLink, Grant, InstitutionGrant, Meter, MeterOutcome, Requirement, Viewer } from "./types";

export interface AccessContext {
  now: Date;
  /** Published and due; drafts and scheduled pieces are staff-only. */
  isPublished: boolean;
  /** The viewer is one of the piece's authors. */
  isOwnArticle: boolean;
  /** The viewer's free-article meter, when metering is on for their kind (anonymous or level 0). */
  meter?: Meter;
  /** A gift link presented with the request (`?gift=`), verified and loaded. */
  gift?: GiftLink;
  /** The organisation whose address range the request comes from, if any (a member's own organisations ride on the viewer). */
  institution?: InstitutionGrant;
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
 * Early returns, in order: unpublished → staff → public → anonymous → entitlements; a
 * refusal then gives way to an organisation's access on top of the viewer's own grants (the
 * request's address range first, then a member's organisations by proved domain or seat), else
 * to a valid gift link for this piece, else to the free-article meter when it applies
 * (withMeter). Neither an institutional nor a gift read costs the reader a free article.
 */
export function decideAccess(viewer: Viewer, requirement: Requirement, context: AccessContext): AccessDecision {
  const decision = decideByEntitlements(viewer, requirement, context);
  if (decision.allowed || decision.reason === "unpublished") return decision;
  const institutions = [...(context.institution ? [context.institution] : []), ...(viewer.kind === "member" ? (viewer.organisations ?? []) : [])];
  const opening = institutions.find((i) => institutionOpens(viewer, requirement, i, context.now));
  if (opening) {
    return { allowed: true, reason: "institution", missing: NOTHING_MISSING, institution: { id: opening.id, name: opening.name, via: opening.via } };
  }
  if (context.gift && giftOpens(context.gift, context.now)) {
    return { allowed: true, reason: "gift", missing: NOTHING_MISSING, gift: { giverName: context.gift.giverName } };
  }
  if (!context.meter) return decision;
  return withMeter(decision, viewer, requirement, context);
}

/** The organisation's grant, within its term, added to the viewer's own active grants. */
function institutionOpens(viewer: Viewer, requirement: Requirement, institution: InstitutionGrant, now: Date): boolean {
  if (institution.from !== null && institution.from.getTime() > now.getTime()) return false;
  const grant: Grant = { source: "editor", level: institution.level, ccaps: institution.ccaps, until: institution.until };
  if (!isActive(grant, now)) return false;
  const own = viewer.kind === "member" ? viewer.grants.filter((g) => isActive(g, now)) : [];
  return grantSatisfies([...own, grant], requirement);
}

/** A gift link opens its own article only, until revoked, expired (its end is exclusive) or its opens are used up. */
function giftOpens(gift: GiftLink, now: Date): boolean {
  if (!gift.articleMatches || gift.revoked) return false;
  if (gift.until !== null && gift.until.getTime() <= now.getTime()) return false;
  return gift.maxOpens === null || gift.opens < gift.maxOpens;
}

/**
 * The meter opens a refused piece to anonymous readers and members with no paid level,
 * while free articles are left (or this one was unlocked this period); never a piece that
 * needs a ccap, a level above the newsroom's ceiling, or one switched to "never metered".
 */
function withMeter(decision: AccessDecision, viewer: Viewer, requirement: Requirement, context: AccessContext): AccessDecision {
  const meter = context.meter!;
  if (meter.limit <= 0 || meter.neverMetered || requirement.ccaps.length > 0) return decision;
  if ((requirement.level ?? 0) > meter.ceiling) return decision;
  if (viewer.kind === "member") {
    const active = viewer.grants.filter((g) => isActive(g, context.now));
    if (Math.max(-1, ...active.map((g) => g.level ?? -1)) > 0) return decision;
  }
  const used = Math.max(0, meter.used);
  if (meter.unlockedThis) {
    const outcome: MeterOutcome = { limit: meter.limit, remaining: Math.max(0, meter.limit - used), counts: false };
    return { allowed: true, reason: "metered", missing: NOTHING_MISSING, meter: outcome };
  }
  if (used >= meter.limit) return { ...decision, meter: { limit: meter.limit, remaining: 0, counts: false } };
  return { allowed: true, reason: "metered", missing: NOTHING_MISSING, meter: { limit: meter.limit, remaining: meter.limit - used - 1, counts: true } };
}

function decideByEntitlements(viewer: Viewer, requirement: Requirement, context: AccessContext): AccessDecision {
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
