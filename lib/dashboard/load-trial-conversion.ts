import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { monthsCte } from "./dashboard-months";
import { selectRows } from "./select-rows";

export interface TrialMonth {
  month: string;
  /** Trials that ended that month (before now). */
  ended: number;
  /** Of those, the ones whose subscription was then paid for (a paid invoice above zero). */
  converted: number;
}

/** Trial conversion by the month the trial ended. */
export async function loadTrialConversion(db: Database, now: Date): Promise<TrialMonth[]> {
  return selectRows<TrialMonth>(
    db,
    sql`with months as (${monthsCte(now)}),
      trials as (
        select to_char(s.trial_end at time zone 'UTC', 'YYYY-MM') as month,
          exists (select 1 from invoices i where i.subscription_id = s.id and i.status = 'paid' and i.amount_paid > 0) as converted
        from subscriptions s
        where s.trial_end is not null and s.trial_end >= (select min(start) from months) and s.trial_end < ${now.toISOString()}::timestamptz)
      select m.month, count(t.month)::int as ended, count(t.month) filter (where t.converted)::int as converted
      from months m left join trials t on t.month = m.month
      group by m.month order by m.month`,
  );
}
