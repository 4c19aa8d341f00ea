const DAY_SECONDS = 86_400;

/**
 * `seconds` (Unix time) moved forward by `count` billing intervals, as Stripe bills: a
 * month or a year keeps the day of the month, clamped to the month's last day (31 January
 * + 1 month = 28 or 29 February). One rule for the local test mode and the tests' Stripe
 * stand-in, so both agree with Stripe and with each other.
 */
export function addBillingInterval(seconds: number, interval: string, count = 1): number {
  if (interval === "day") return seconds + count * DAY_SECONDS;
  if (interval === "week") return seconds + count * 7 * DAY_SECONDS;
  const months = interval === "month" ? count : interval === "year" ? count * 12 : null;
  if (months === null) throw new Error(`Unsupported billing interval: ${interval}`);
  const date = new Date(seconds * 1000);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}
