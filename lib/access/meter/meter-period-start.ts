import type { Settings } from "@/lib/settings/settings";

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** When the meter's current period began: the first of the month (UTC), or 30 days ago. */
export function meterPeriodStart(now: Date, period: Settings["meterPeriod"]): Date {
  if (period === "rolling-30-days") return new Date(now.getTime() - THIRTY_DAYS_MS);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
