import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, checkoutAttributions, giftLinks, plans, users } from "@/db/schema";

export interface Attribution {
  event: "signup" | "subscribed";
  /** The member, by id (a sign-up) or by their Stripe customer (a webhook: whoever holds that customer). */
  member: { id: string } | { customerId: string };
  articleId: number;
  giftLinkId: number | null;
  planId: number | null;
  /** The Checkout session (or test checkout): one `subscribed` row per checkout, however often its webhook comes. */
  checkoutId?: string;
}

/**
 * Records where a conversion came from. Ids that no longer name a row (a deleted article,
 * gift link or plan) are stored as null rather than failing the caller (a webhook would be
 * retried forever); a checkout already attributed is left as it is.
 */
export async function recordAttribution(db: Database, a: Attribution): Promise<void> {
  const existing = <T,>(table: typeof articles | typeof giftLinks | typeof plans, id: number | null) =>
    id === null ? sql<T>`null` : sql<T>`(select ${table.id} from ${table} where ${table.id} = ${id})`;
  await db
    .insert(checkoutAttributions)
    .values({
      event: a.event,
      memberId:
        "id" in a.member
          ? sql`(select ${users.id} from ${users} where ${users.id} = ${a.member.id})`
          : sql`(select ${users.id} from ${users} where ${users.stripeCustomerId} = ${a.member.customerId} limit 1)`,
      articleId: existing<number>(articles, a.articleId),
      giftLinkId: existing<number>(giftLinks, a.giftLinkId),
      planId: existing<number>(plans, a.planId),
      checkoutId: a.checkoutId ?? null,
    })
    .onConflictDoNothing({ target: checkoutAttributions.checkoutId });
}
