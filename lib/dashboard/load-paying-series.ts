import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { monthsCte, payingAt, SUBSCRIPTION_TERMS } from "./dashboard-months";
import { selectRows } from "./select-rows";

export interface RevenueMonth {
  month: string;
  currency: string;
  /** Monthly recurring revenue at the month's end, in minor units (a yearly price counts a twelfth). */
  mrr: number;
}

export interface PayingSeries {
  /** Paying members (accounts with at least one paying subscription) at each month's end. */
  members: Map<string, number>;
  /** MRR at each month's end, per currency (a newsroom usually has one). */
  revenue: RevenueMonth[];
}

/**
 * Paying members and MRR at each month's end, in one statement. Aggregated per month
 * without listing (month, member) pairs: paying subscriptions are counted, then the few
 * members paying through more than one subscription at once are counted once.
 */
export async function loadPayingSeries(db: Database, now: Date): Promise<PayingSeries> {
  const rows = await selectRows<{ month: string; currency: string | null; subscriptions: number; mrr: number; duplicates: number }>(
    db,
    sql`with months as (${monthsCte(now)}),
      terms as materialized (${SUBSCRIPTION_TERMS}),
      per_currency as (
        select m.month, t.currency, count(*)::int as subscriptions, round(sum(t.monthly))::int as mrr
        from months m join terms t on ${payingAt(sql`m.at`, now)} group by m.month, t.currency),
      several as (select user_id from terms group by user_id having count(*) > 1),
      duplicates as (
        select month, sum(k - 1)::int as n from (
          select m.month, t.user_id, count(*) as k from months m join terms t on ${payingAt(sql`m.at`, now)}
          where t.user_id in (select user_id from several) group by m.month, t.user_id) x
        group by month)
      select p.month, p.currency, p.subscriptions, p.mrr, coalesce(d.n, 0) as duplicates
      from per_currency p left join duplicates d on d.month = p.month
      order by p.month, p.currency`,
  );
  const members = new Map<string, number>();
  const duplicates = new Map<string, number>();
  for (const r of rows) {
    members.set(r.month, (members.get(r.month) ?? 0) + r.subscriptions);
    duplicates.set(r.month, r.duplicates);
  }
  for (const [month, n] of duplicates) members.set(month, (members.get(month) ?? 0) - n);
  return { members, revenue: rows.filter((r): r is typeof r & { currency: string } => r.currency !== null).map((r) => ({ month: r.month, currency: r.currency, mrr: r.mrr })) };
}
