import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { monthsCte, payingAt } from "./dashboard-months";
import { selectRows } from "./select-rows";

export interface MemberMonth {
  month: string;
  /** Accounts created that month (sign-ups). */
  signups: number;
  /** Accounts at the month's end (now, for the current month), by kind; the kinds do not overlap. */
  total: number;
  paying: number;
  complimentary: number;
  free: number;
  /** Organisations whose institutional access ran at the month's end (they are not accounts). */
  organisations: number;
}

/**
 * Members by kind at each month's end. Paying: a paying subscription (payingAt).
 * Complimentary (and not paying): the complimentary grant in force then, read from the
 * audit log's entitlement snapshots (each records comp level and end date), or for an
 * account no editor ever changed, its current grant. Free: every other account.
 * Deleted accounts are gone from every month.
 */
export async function loadMemberSeries(db: Database, now: Date): Promise<MemberMonth[]> {
  const rows = await selectRows<MemberMonth>(
    db,
    sql`with months as (${monthsCte(now)}),
      created as (
        select to_char(date_trunc('month', u.created_at at time zone 'UTC'), 'YYYY-MM') as month, count(*)::int as n
        from users u group by 1),
      before_window as (
        select count(*)::int as n from users u where u.created_at < (select min(start) from months)),
      paying as (
        select m.month, s.user_id from months m join subscriptions s on ${payingAt(sql`m.at`, now)}
        group by m.month, s.user_id),
      comp_audit as (
        select distinct on (m.month, a.target_id) m.month, m.at, a.target_id as user_id,
          (a.after->>'compLevel') is not null and (a.after->>'compUntil')::timestamptz > m.at as comp
        from months m join audit_log a on a.target_type = 'member' and a.created_at < m.at and a.after ? 'compUntil'
        order by m.month, a.target_id, a.created_at desc, a.id desc),
      comp as (
        select c.month, c.user_id from comp_audit c join users u on u.id = c.user_id where c.comp
        union
        select m.month, u.id from months m join users u on u.comp_level is not null and u.comp_until > m.at and u.created_at < m.at
        where not exists (select 1 from audit_log a where a.target_type = 'member' and a.target_id = u.id and a.after ? 'compUntil')),
      orgs as (
        select m.month, count(o.id)::int as n from months m join organisations o
          on o.created_at < m.at and (o.starts_at is null or o.starts_at < m.at) and (o.ends_at is null or o.ends_at >= m.at)
        group by m.month)
      select m.month,
        coalesce(c.n, 0) as signups,
        ((select n from before_window) + sum(coalesce(c.n, 0)) over (order by m.month))::int as total,
        (select count(*)::int from paying p where p.month = m.month) as paying,
        (select count(*)::int from comp x where x.month = m.month and not exists (select 1 from paying p where p.month = x.month and p.user_id = x.user_id)) as complimentary,
        0 as free,
        coalesce(o.n, 0) as organisations
      from months m left join created c on c.month = m.month left join orgs o on o.month = m.month
      order by m.month`,
  );
  return rows.map((r) => ({ ...r, free: Math.max(0, r.total - r.paying - r.complimentary) }));
}
