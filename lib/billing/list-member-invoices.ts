import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invoices } from "@/db/schema";

/** A member's invoices as recorded from Stripe's events, newest first. */
export async function listMemberInvoices(db: Database, options: { userId: string; limit: number }) {
  return db.select().from(invoices).where(eq(invoices.userId, options.userId)).orderBy(desc(invoices.stripeCreatedAt)).limit(options.limit);
}
