import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoiceRefunds } from "@/db/schema";

/**
 * Whether staff refunded this charge from a member's page (lib/admin/members/refund-last-payment):
 * its charge.refunded webhook then finds the staff refund policy already carried out, and
 * must not apply the newsroom's payment-reversal policy to another of the member's subscriptions.
 */
export async function isStaffRefundedCharge(db: Database, chargeId: string): Promise<boolean> {
  const [row] = await db.select({ id: invoiceRefunds.id }).from(invoiceRefunds).where(eq(invoiceRefunds.chargeId, chargeId)).limit(1);
  return row !== undefined;
}
