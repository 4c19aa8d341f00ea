import { sql, type SQL } from "drizzle-orm";

/** How many calendar months (UTC) the dashboard shows, the current one included. */
export const DASHBOARD_MONTHS = 12;

/**
 * The dashboard's months as a SQL CTE body: `month` ('YYYY-MM'), `start` and `stop` (the
 * month's bounds) and `at` (the instant the month's state is read: its end, or now for the
 * current month). Month arithmetic is done on UTC wall time so the session's time zone
 * cannot move a boundary.
 */
export function monthsCte(now: Date): SQL {
  const at = now.toISOString();
  return sql`select to_char(gs, 'YYYY-MM') as month,
      (gs at time zone 'UTC') as start,
      ((gs + interval '1 month') at time zone 'UTC') as stop,
      least((gs + interval '1 month') at time zone 'UTC', ${at}::timestamptz) as at
    from generate_series(
      date_trunc('month', ${at}::timestamptz at time zone 'UTC') - interval '${sql.raw(String(DASHBOARD_MONTHS - 1))} months',
      date_trunc('month', ${at}::timestamptz at time zone 'UTC'),
      interval '1 month') gs`;
}

/**
 * When a subscription stopped counting: ended, or cancelled without an end date, or its
 * access revoked after a refund or dispute, whichever came first (null: still running).
 */
export const SUBSCRIPTION_END = sql.raw(`least(
    coalesce(s.ended_at, case when s.status in ('canceled', 'incomplete_expired') then coalesce(s.canceled_at, s.synced_at) end),
    s.revoked_at)`);

/**
 * Whether subscription `s` was paying at instant `t`: started, not ended, out of its trial,
 * with a price above zero. Past months are read from these dates (Stripe's status history
 * is not kept); the current state also asks the status Stripe last reported.
 */
export function payingAt(t: SQL, now: Date): SQL {
  return sql`(s.stripe_created_at < ${t}
    and (${SUBSCRIPTION_END} is null or ${SUBSCRIPTION_END} >= ${t})
    and (s.trial_end is null or s.trial_end <= ${t})
    and coalesce(s.amount, 0) > 0
    and s.status not in ('incomplete', 'incomplete_expired')
    and (${t} < ${now.toISOString()}::timestamptz or s.status in ('active', 'past_due')))`;
}
