import type { EntitlementSummary, Grant } from "./types";

/** The highest level and every ccap a member's active grants give at `now`. */
export function summarizeEntitlements(grants: readonly Grant[], now: Date): EntitlementSummary {
  const active = grants.filter((g) => g.until === null || g.until.getTime() > now.getTime());
  const levels = active.map((g) => g.level).filter((l): l is number => l !== null);
  return {
    level: levels.length ? Math.max(...levels) : null,
    ccaps: [...new Set(active.flatMap((g) => g.ccaps))].sort(),
  };
}

export function sameEntitlements(a: EntitlementSummary, b: EntitlementSummary): boolean {
  return a.level === b.level && a.ccaps.join(",") === b.ccaps.join(",");
}
