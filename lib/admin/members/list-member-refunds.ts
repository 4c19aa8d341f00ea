import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoiceRefunds, users } from "@/db/schema";

/** The refunds staff made of a member's payments, newest first, with who made them. */
export async function listMemberRefunds(db: Database, userId: string) {
  return db
    .select({ id: invoiceRefunds.id, invoiceId: invoiceRefunds.invoiceId, amount: invoiceRefunds.amount, currency: invoiceRefunds.currency, reason: invoiceRefunds.reason, createdAt: invoiceRefunds.createdAt, actorEmail: users.email })
    .from(invoiceRefunds)
    .leftJoin(users, eq(users.id, invoiceRefunds.actorId))
    .where(eq(invoiceRefunds.userId, userId))
    .orderBy(desc(invoiceRefunds.createdAt));
}
