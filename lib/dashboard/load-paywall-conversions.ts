import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { monthsCte } from "./dashboard-months";
import { selectRows } from "./select-rows";

export interface PaywallConversions {
  /** Null: the article was deleted since. */
  articleId: number | null;
  title: string | null;
  slug: string | null;
  signups: number;
  subscribed: number;
  /** Conversions (either kind) of readers who came through a gift link. */
  giftConversions: number;
}

/** How many articles the paywall table lists (CSV included): the best sellers. */
export const PAYWALL_ROWS = 20;

/**
 * Which articles' paywalls led to sign-ups and subscriptions over the dashboard's months,
 * from checkout_attributions (recorded at sign-up and checkout), best first.
 */
export async function loadPaywallConversions(db: Database, now: Date): Promise<PaywallConversions[]> {
  return selectRows<PaywallConversions>(
    db,
    sql`with months as (${monthsCte(now)}),
      counted as (
        select c.article_id,
          count(*) filter (where c.event = 'signup')::int as signups,
          count(*) filter (where c.event = 'subscribed')::int as subscribed,
          count(*) filter (where c.gift_link_id is not null)::int as gift
        from checkout_attributions c
        where c.created_at >= (select min(start) from months) and c.created_at < ${now.toISOString()}::timestamptz
        group by c.article_id
        order by subscribed desc, signups desc, c.article_id
        limit ${PAYWALL_ROWS})
      select c.article_id as "articleId", a.title::text as title, a.slug::text as slug, c.signups, c.subscribed, c.gift as "giftConversions"
      from counted c left join articles a on a.id = c.article_id
      order by c.subscribed desc, c.signups desc, c.article_id`,
  );
}
