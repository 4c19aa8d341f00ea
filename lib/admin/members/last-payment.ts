import { and, desc, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoiceRefunds, invoices } from "@/db/schema";

export interface LastPayment {
  id: string;
  subscriptionId: string | null;
  amountPaid: number;
  currency: string;
  paidAt: Date;
  /** Set when staff refunded it. */
  refundId: string | null;
}

/** A member's last payment: their newest paid invoice above zero, with its refund if staff made one. */
export async function lastPayment(db: Database, userId: string): Promise<LastPayment | null> {
  const [row] = await db
    .select({ id: invoices.id, subscriptionId: invoices.subscriptionId, amountPaid: invoices.amountPaid, currency: invoices.currency, paidAt: invoices.stripeCreatedAt, refundId: invoiceRefunds.id })
    .from(invoices)
    .leftJoin(invoiceRefunds, eq(invoiceRefunds.invoiceId, invoices.id))
    .where(and(eq(invoices.userId, userId), eq(invoices.status, "paid"), gt(invoices.amountPaid, 0)))
    .orderBy(desc(invoices.stripeCreatedAt), desc(invoices.id))
    .limit(1);
  return row ?? null;
}
