import type { Requirement } from "./types";

/** The strictest of several requirements: the highest level, and every ccap any of them names. */
export function strictestRequirement(requirements: readonly Requirement[]): Requirement {
  let level: number | null = null;
  const ccaps = new Set<string>();
  for (const r of requirements) {
    if (r.level !== null) level = level === null ? r.level : Math.max(level, r.level);
    for (const c of r.ccaps) ccaps.add(c);
  }
  // A ccap alone still implies an account (level 0): anonymous readers cannot hold ccaps.
  if (level === null && ccaps.size > 0) level = 0;
  return { level, ccaps: [...ccaps].sort() };
}

export interface RequirementSource {
  own: Requirement;
  /** For each of the article's categories, its requirement and its ancestors' (inherited). */
  categoryChains: readonly (readonly Requirement[])[];
  tags: readonly Requirement[];
}

export type RequirementOrigin = "own" | "category" | "tag";

/** An article's effective requirement (s2Member's restrict-by-category/tag, made strict). */
export function effectiveRequirement(source: RequirementSource): Requirement {
  return strictestRequirement([source.own, ...source.categoryChains.flat(), ...source.tags]);
}

/** Which sources make the effective requirement what it is, for the editors' article list. */
export function requirementOrigins(source: RequirementSource): RequirementOrigin[] {
  const effective = effectiveRequirement(source);
  const contributes = (r: Requirement) =>
    (r.level !== null && r.level === effective.level) || r.ccaps.length > 0;
  const origins: RequirementOrigin[] = [];
  if (contributes(source.own)) origins.push("own");
  if (source.categoryChains.flat().some(contributes)) origins.push("category");
  if (source.tags.some(contributes)) origins.push("tag");
  return origins;
}
