export type Role = "reader" | "author" | "editor" | "admin";

/** public when level is null and ccaps is empty; otherwise a minimum level and ccaps all required. */
export interface Requirement {
  level: number | null;
  ccaps: readonly string[];
}

export const PUBLIC: Requirement = { level: null, ccaps: [] };

/**
 * Something that gives a member access: the account's own level, a plan's subscription,
 * complimentary access, a ccap granted by an editor. `until` null means no end.
 */
export interface Grant {
  source: "account" | "plan" | "complimentary" | "editor";
  level: number | null;
  ccaps: readonly string[];
  until: Date | null;
}

export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "member";
      id: string;
      role: Role;
      grants: readonly Grant[];
      /** Organisations the member reads through by a proved e-mail domain or a seat (lib/access/organisation). */
      organisations?: readonly InstitutionGrant[];
    };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

export type AccessReason =
  | "public"
  | "staff"
  | "own-article"
  | "level"
  | "complimentary"
  | "anonymous"
  | "metered"
  | "gift"
  | "institution"
  | "level-too-low"
  | "missing-ccap"
  | "unpublished";

export interface AccessDecision {
  allowed: boolean;
  reason: AccessReason;
  /** What the viewer lacks, for the paywall box. */
  missing: { level: number | null; ccaps: string[] };
  /** Present when the free-article meter applied to this read (for the paywall box and banner). */
  meter?: MeterOutcome;
  /** Present when a gift link opened this read: who gave it (first name; null for a publisher link). */
  gift?: { giverName: string | null };
  /** Present when an organisation's institutional access opened this read (which one, and through what). */
  institution?: { id: number; name: string; via: InstitutionVia };
}

/** How a reader reaches an organisation: its address ranges, a proved address at its e-mail domain, a seat. */
export type InstitutionVia = "range" | "domain" | "seat";

/**
 * An organisation's institutional access: for a reader inside its address ranges
 * (lib/access/institution), or a member at its e-mail domain or in one of its seats.
 */
export interface InstitutionGrant {
  id: number;
  name: string;
  via: InstitutionVia;
  level: number | null;
  ccaps: readonly string[];
  /** Its term: access from `from` (inclusive) until `until` (exclusive); null = open-ended. */
  from: Date | null;
  until: Date | null;
}

/**
 * A gift link presented with the request, as stored (lib/access/gift): decideAccess opens
 * the piece when it names this article and is neither revoked, expired nor used up.
 */
export interface GiftLink {
  articleMatches: boolean;
  until: Date | null;
  revoked: boolean;
  opens: number;
  maxOpens: number | null;
  giverName: string | null;
}

/**
 * A reader's free-article meter for this period, as counted by lib/access/meter (a signed
 * cookie for anonymous readers, the database for members). decideAccess weighs it.
 */
export interface Meter {
  /** Free gated articles per period for this kind of viewer; 0 = off. */
  limit: number;
  /** Distinct articles unlocked this period. */
  used: number;
  /** This article was unlocked this period already: reading it again costs nothing. */
  unlockedThis: boolean;
  /** Articles needing a level above this are never metered. */
  ceiling: number;
  /** The article's own "never metered" switch. */
  neverMetered: boolean;
}

export interface MeterOutcome {
  limit: number;
  /** Free articles left after this read. */
  remaining: number;
  /** This read unlocks an article not unlocked before this period: the caller records it. */
  counts: boolean;
}

/** What a member can read right now, for entitlement history and account pages. */
export interface EntitlementSummary {
  level: number | null;
  ccaps: string[];
}
