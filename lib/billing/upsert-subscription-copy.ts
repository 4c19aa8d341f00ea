import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedSql } from "@/db/prepared-statement";
import { subscriptions } from "@/db/schema";
import type { SubscriptionSnapshot } from "./reshape-subscription";

/**
 * Our copy of a subscription as the provider last answered (its snapshot, lib/billing/reshape-subscription),
 * tied to the member and plan; `syncedAt` is when it was asked.
 */
export type SubscriptionCopy = Omit<SubscriptionSnapshot, "priceId" | "userIdHint"> & { userId: string; planId: number; priceId: string; syncedAt: Date };

const COLUMNS = {
  id: subscriptions.id,
  userId: subscriptions.userId,
  customerId: subscriptions.customerId,
  planId: subscriptions.planId,
  priceId: subscriptions.priceId,
  status: subscriptions.status,
  currentPeriodStart: subscriptions.currentPeriodStart,
  currentPeriodEnd: subscriptions.currentPeriodEnd,
  cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
  cancelAt: subscriptions.cancelAt,
  canceledAt: subscriptions.canceledAt,
  endedAt: subscriptions.endedAt,
  trialEnd: subscriptions.trialEnd,
  amount: subscriptions.amount,
  currency: subscriptions.currency,
  interval: subscriptions.interval,
  stripeCreatedAt: subscriptions.stripeCreatedAt,
  syncedAt: subscriptions.syncedAt,
} satisfies Record<keyof SubscriptionCopy, unknown>;

// Every webhook writes its subscription: one statement built once (see db/prepared-statement).
const upsert = preparedSql<{ id: string }>("lede_upsert_subscription_copy", () => {
  const names = Object.values(COLUMNS).map((c) => sql.identifier(c.name));
  const values = Object.keys(COLUMNS).map((key) => sql.placeholder(key));
  const revoked = [subscriptions.revokedAt, subscriptions.revokedReason].map((c) => sql`${sql.identifier(c.name)} = case when ${sql.placeholder("restore")}::boolean then null else ${c} end`);
  const set = sql.join([...names.slice(1).map((n) => sql`${n} = excluded.${n}`), ...revoked], sql`, `);
  return sql`insert into ${subscriptions} (${sql.join(names, sql`, `)}) values (${sql.join(values, sql`, `)})
    on conflict (${sql.identifier(subscriptions.id.name)}) do update set ${set}
    where ${subscriptions.syncedAt} <= excluded.${sql.identifier(subscriptions.syncedAt.name)}
    returning ${subscriptions.id} as "id"`;
});

/**
 * Writes our copy of a subscription unless a state fetched later is stored already (so any
 * order of syncs ends in the newest state); `restore` clears a refund's or dispute's
 * revocation. False when the stored state was newer and nothing was written.
 */
export async function upsertSubscriptionCopy(db: Database, copy: SubscriptionCopy, options: { restore: boolean }): Promise<boolean> {
  // Placeholders skip Drizzle's column encoders: times go as ISO text, as the drivers send them.
  const values: Record<string, unknown> = { restore: options.restore };
  for (const [key, value] of Object.entries(copy)) values[key] = value instanceof Date ? value.toISOString() : value;
  return (await upsert(db, values)).length > 0;
}
