import type { Meter } from "../types";
import type { MeterCookie, MeterEntry } from "./meter-cookie";

export interface MeterRules {
  limit: number;
  ceiling: number;
  periodStart: Date;
}

/**
 * An anonymous reader's meter for one article from their cookie: the distinct articles
 * unlocked since the period began; a tampered cookie counts as used up.
 */
export function countCookieMeter(cookie: MeterCookie, articleId: number, rules: MeterRules, neverMetered: boolean): Meter {
  const base = { limit: rules.limit, ceiling: rules.ceiling, neverMetered };
  if (cookie.kind === "tampered") return { ...base, used: Number.POSITIVE_INFINITY, unlockedThis: false };
  const current = currentEntries(cookie.kind === "valid" ? cookie.entries : [], rules.periodStart);
  const ids = new Set(current.map(([id]) => id));
  return { ...base, used: ids.size, unlockedThis: ids.has(articleId) };
}

/** The cookie's entries still inside the period, with this unlock added. */
export function addCookieUnlock(cookie: MeterCookie, articleId: number, now: Date, periodStart: Date): MeterEntry[] {
  const kept = currentEntries(cookie.kind === "valid" ? cookie.entries : [], periodStart);
  return [...kept, [articleId, Math.floor(now.getTime() / 1000)]];
}

function currentEntries(entries: readonly MeterEntry[], periodStart: Date): MeterEntry[] {
  const from = periodStart.getTime() / 1000;
  return entries.filter(([, at]) => at >= from);
}
