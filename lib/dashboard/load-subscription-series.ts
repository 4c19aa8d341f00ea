import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { monthsCte, SUBSCRIPTION_END } from "./dashboard-months";
import { selectRows } from "./select-rows";

export interface SubscriptionMonth {
  month: string;
  /** Subscriptions started that month (trials included). */
  started: number;
  /** Subscriptions that ended that month (cancelled, expired, or revoked after a refund or dispute). */
  churned: number;
}

/** New and churned subscriptions per month. */
export async function loadSubscriptionSeries(db: Database, now: Date): Promise<SubscriptionMonth[]> {
  return selectRows<SubscriptionMonth>(
    db,
    sql`with months as (${monthsCte(now)}),
      started as (
        select to_char(s.stripe_created_at at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n from subscriptions s
        where s.stripe_created_at >= (select min(start) from months) and s.status not in ('incomplete', 'incomplete_expired')
        group by 1),
      ended as (
        select to_char(e.at at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n
        from (select ${SUBSCRIPTION_END} as at from subscriptions s where s.status <> 'incomplete_expired') e
        where e.at >= (select min(start) from months) and e.at < ${now.toISOString()}::timestamptz
        group by 1)
      select m.month, coalesce(st.n, 0) as started, coalesce(en.n, 0) as churned
      from months m left join started st on st.month = m.month left join ended en on en.month = m.month
      order by m.month`,
  );
}
