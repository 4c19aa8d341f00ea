import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoices, plans, subscriptions } from "@/db/schema";

/** One of the member's own invoices with its plan's name, for the receipt page; null for anyone else's. */
export async function loadMemberInvoice(db: Database, options: { userId: string; invoiceId: string }) {
  const [row] = await db
    .select({ invoice: invoices, planName: plans.name })
    .from(invoices)
    .leftJoin(subscriptions, eq(subscriptions.id, invoices.subscriptionId))
    .leftJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(eq(invoices.id, options.invoiceId), eq(invoices.userId, options.userId)))
    .limit(1);
  return row ?? null;
}
