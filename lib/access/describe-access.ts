import { summarizeEntitlements } from "./summarize-entitlements";
import type { Grant } from "./types";

export interface AccessDescription {
  level: number;
  /** Where the level comes from: the account, a plan, complimentary access. */
  levelSource: Grant["source"];
  /** Each capability with the latest end among the grants giving it (null: no end). */
  ccaps: { name: string; until: Date | null }[];
}

/**
 * What a member can read right now, from every grant they hold (account level, plans,
 * editors' ccaps, complimentary access): the account page's "Access level" and
 * "Capabilities", so a paying subscriber sees their plan's level, not the account's.
 */
export function describeAccess(grants: readonly Grant[], now: Date): AccessDescription {
  const summary = summarizeEntitlements(grants, now);
  const active = grants.filter((g) => g.until === null || g.until.getTime() > now.getTime());
  const level = summary.level ?? 0;
  const levelSource = active.find((g) => g.level === level && g.source !== "account")?.source ?? "account";
  const ccaps = summary.ccaps.map((name) => {
    const giving = active.filter((g) => g.ccaps.includes(name));
    const until = giving.some((g) => g.until === null) ? null : new Date(Math.max(...giving.map((g) => g.until!.getTime())));
    return { name, until };
  });
  return { level, levelSource, ccaps };
}
