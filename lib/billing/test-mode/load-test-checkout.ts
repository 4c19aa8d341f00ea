import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans } from "@/db/schema";
import { isTextId } from "@/lib/validation/ids";
import { getObject } from "./test-mode-store";

/** A member's own open or completed test checkout, with its plan; null for anyone else's. */
export async function loadTestCheckout(db: Database, options: { sessionId: string; userId: string }) {
  if (!isTextId(options.sessionId)) return null;
  const session = await getObject(db, "checkout_session", options.sessionId);
  if (!session || session.userId !== options.userId) return null;
  const [plan] = await db.select().from(plans).where(eq(plans.id, Number(session.planId))).limit(1);
  if (!plan) return null;
  return {
    status: String(session.status),
    planName: plan.name,
    amount: plan.amount,
    currency: plan.currency,
    interval: plan.interval,
    trialDays: Number(session.trialDays ?? 0),
  };
}
