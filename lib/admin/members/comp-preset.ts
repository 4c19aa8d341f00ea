/** The one-click complimentary grants on a member's page: so many days from today. */
export const COMP_PRESET_DAYS = [30, 90, 365] as const;

/**
 * The entitlements-route body of a one-click comp: complimentary access at `level` until
 * the end of the day `days` from `now` (UTC), the same change as the dated form.
 */
export function compPresetBody(level: number, days: number, now: Date): Record<string, string> {
  const until = new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return { action: "set-comp", level: String(level), until, reason: `Complimentary for ${days} days (one click)` };
}

/** The level a one-click comp gives: the highest any plan on sale gives (level 1 without plans). */
export function compPresetLevel(planLevels: readonly number[]): number {
  return Math.max(1, ...planLevels);
}
