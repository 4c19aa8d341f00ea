import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dashboardMonths, monthsCte, payingAt, SUBSCRIPTION_TERMS } from "./dashboard-months";
import type { PayingSeries } from "./load-paying-series";
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
 * Members by kind at each month's end. Paying: a paying subscription (loadPayingSeries).
 * Complimentary (and not paying): the complimentary grant in force then, read from the
 * audit log's entitlement snapshots (each records comp level and end date), or for an
 * account no editor ever changed, its current grant. Free: every other account.
 * Deleted accounts are gone from every month.
 */
export async function loadMemberSeries(db: Database, now: Date, paying: PayingSeries["members"]): Promise<MemberMonth[]> {
  const months = dashboardMonths(now);
  const [accounts, kinds] = await Promise.all([countAccounts(db, months), countKinds(db, now)]);
  return months.map((m, k) => {
    const total = accounts[k + 1] ?? 0;
    const kind = kinds.find((r) => r.month === m.month) ?? { complimentary: 0, organisations: 0 };
    const payingNow = paying.get(m.month) ?? 0;
    return {
      month: m.month,
      signups: total - (accounts[k] ?? 0),
      total,
      paying: payingNow,
      complimentary: kind.complimentary,
      free: Math.max(0, total - payingNow - kind.complimentary),
      organisations: kind.organisations,
    };
  });
}

/** Accounts created before the first month's start, then before each month's `at`: one pass over users. */
async function countAccounts(db: Database, months: ReturnType<typeof dashboardMonths>): Promise<number[]> {
  const bounds = [months[0]!.start, ...months.map((m) => m.at)];
  const columns = bounds.map((b, i) => sql`count(*) filter (where u.created_at < ${b.toISOString()}::timestamptz)::int as ${sql.identifier(`c${i}`)}`);
  const [row] = await selectRows<Record<string, number>>(db, sql`select ${sql.join(columns, sql`, `)} from users u`);
  return bounds.map((_, i) => row?.[`c${i}`] ?? 0);
}

async function countKinds(db: Database, now: Date) {
  return selectRows<{ month: string; complimentary: number; organisations: number }>(
    db,
    sql`with months as (${monthsCte(now)}),
      comp_audit as (
        select distinct on (m.month, a.target_id) m.month, m.at, a.target_id as user_id,
          (a.after->>'compLevel') is not null and (a.after->>'compUntil')::timestamptz > m.at as comp
        from months m join audit_log a on a.target_type = 'member' and a.created_at < m.at and a.after ? 'compUntil'
        order by m.month, a.target_id, a.created_at desc, a.id desc),
      comp as (
        select c.month, c.at, c.user_id from comp_audit c join users u on u.id = c.user_id where c.comp
        union
        select m.month, m.at, u.id from months m join users u on u.comp_level is not null and u.comp_until > m.at and u.created_at < m.at
        where not exists (select 1 from audit_log a where a.target_type = 'member' and a.target_id = u.id and a.after ? 'compUntil')),
      comp_n as (
        select c.month, count(*)::int as n from comp c
        where not exists (select 1 from (${SUBSCRIPTION_TERMS} and s.user_id = c.user_id) t where ${payingAt(sql`c.at`, now)})
        group by c.month),
      orgs as (
        select m.month, count(o.id)::int as n from months m join organisations o
          on o.created_at < m.at and (o.starts_at is null or o.starts_at < m.at) and (o.ends_at is null or o.ends_at >= m.at)
        group by m.month)
      select m.month, coalesce(x.n, 0) as complimentary, coalesce(o.n, 0) as organisations
      from months m left join comp_n x on x.month = m.month left join orgs o on o.month = m.month
      order by m.month`,
  );
}
