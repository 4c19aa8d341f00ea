import { sql, type SQL } from "drizzle-orm";

/** How many calendar months (UTC) the dashboard shows, the current one included. */
export const DASHBOARD_MONTHS = 12;

export interface DashboardMonth {
  /** "YYYY-MM" (UTC). */
  month: string;
  start: Date;
  stop: Date;
  /** The instant the month's state is read: its end, or now for the current month. */
  at: Date;
}

/** The dashboard's months (UTC calendar months), oldest first, the current one last. */
export function dashboardMonths(now: Date): DashboardMonth[] {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return Array.from({ length: DASHBOARD_MONTHS }, (_, k) => {
    const start = new Date(Date.UTC(y, m - (DASHBOARD_MONTHS - 1) + k, 1));
    const stop = new Date(Date.UTC(y, m - (DASHBOARD_MONTHS - 1) + k + 1, 1));
    return { month: start.toISOString().slice(0, 7), start, stop, at: stop < now ? stop : now };
  });
}

/**
 * The months as a SQL CTE body with columns month, start, stop, at: a VALUES list, so the
 * planner knows there are twelve rows (a set-returning function would be guessed at a
 * thousand, and the plan priced into JIT compilation that costs more than the query).
 */
export function monthsCte(now: Date): SQL {
  const rows = dashboardMonths(now).map((m) => sql`(${m.month}, ${m.start.toISOString()}::timestamptz, ${m.stop.toISOString()}::timestamptz, ${m.at.toISOString()}::timestamptz)`);
  return sql`select * from (values ${sql.join(rows, sql`, `)}) as v(month, start, stop, at)`;
}

/**
 * When a subscription stopped counting: ended, or cancelled without an end date, or its
 * access revoked after a refund or dispute, whichever came first (null: still running).
 */
const END = `least(
    coalesce(s.ended_at, case when s.status in ('canceled', 'incomplete_expired') then coalesce(s.canceled_at, s.synced_at) end),
    s.revoked_at)`;
export const SUBSCRIPTION_END = sql.raw(END);

/**
 * Each subscription's paying term, computed once (a CTE named `terms`, read as `t`):
 * paying from its start, or its trial's end, until it stopped counting, with its monthly
 * amount (a yearly price counts a twelfth). Subscriptions at zero, and never-started
 * ones, never pay.
 */
export const SUBSCRIPTION_TERMS = sql.raw(`select s.user_id, lower(s.currency) as currency, s.stripe_created_at as started,
    greatest(s.stripe_created_at, s.trial_end) as pay_from, ${END} as pay_to,
    s.status in ('active', 'past_due') as live,
    case when s.interval = 'year' then s.amount / 12.0 else s.amount end as monthly
  from subscriptions s
  where coalesce(s.amount, 0) > 0 and s.status not in ('incomplete', 'incomplete_expired') and s.stripe_created_at is not null`);

/**
 * Whether the term `t` was paying at instant `at`. Past months are read from the dates
 * (Stripe's status history is not kept); the current state also asks the status Stripe
 * last reported.
 */
export function payingAt(at: SQL, now: Date): SQL {
  return sql`(t.started < ${at} and t.pay_from <= ${at} and (t.pay_to is null or t.pay_to >= ${at})
    and (${at} < ${now.toISOString()}::timestamptz or t.live))`;
}
