import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import type { BillingGateway } from "@/lib/billing/billing-gateway";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import type { WpMember } from "./read-members-csv";

/**
 * Links an imported member to their Stripe customer and converges their subscription through
 * the webhook's own converger, so a paying member keeps reading without subscribing again.
 * Once the subscription gives the level, the account's own level goes back to 0 (else access
 * would outlive a cancellation). Returns what happened, for the report.
 */
export async function relinkStripeMember(db: Database, gateway: BillingGateway, options: { userId: string; member: WpMember; now: Date }): Promise<string> {
  const { userId, member, now } = options;
  if (!member.subscrId.startsWith("sub_")) {
    const [other] = await db.select({ id: users.id }).from(users).where(eq(users.stripeCustomerId, member.customerId)).limit(1);
    if (other && other.id !== userId) return `${member.customerId}: already linked to another member`;
    await db.update(users).set({ stripeCustomerId: member.customerId }).where(eq(users.id, userId));
    return `${member.customerId}: customer linked (no Stripe subscription id)`;
  }
  // Asked of Stripe first, then converged as the webhook does.
  const fetchedAt = new Date();
  const current = await gateway.retrieveSubscription(member.subscrId);
  const outcome = await syncSubscription(db, { current, fetchedAt, customerId: member.customerId, userIdHint: userId, cause: "wordpress-import", now });
  if (outcome === "synced") await db.update(users).set({ level: 0, compLevel: null, compUntil: null }).where(eq(users.id, userId));
  return `${member.customerId} ${member.subscrId}: ${outcome}`;
}
