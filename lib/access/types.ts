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
  | { kind: "member"; id: string; role: Role; grants: readonly Grant[] };

export const ANONYMOUS: Viewer = { kind: "anonymous" };

export type AccessReason =
  | "public"
  | "staff"
  | "own-article"
  | "level"
  | "complimentary"
  | "anonymous"
  | "level-too-low"
  | "missing-ccap"
  | "unpublished";

export interface AccessDecision {
  allowed: boolean;
  reason: AccessReason;
  /** What the viewer lacks, for the paywall box. */
  missing: { level: number | null; ccaps: string[] };
}

/** What a member can read right now, for entitlement history and account pages. */
export interface EntitlementSummary {
  level: number | null;
  ccaps: string[];
}
