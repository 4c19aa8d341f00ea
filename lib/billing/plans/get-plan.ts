import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, type Plan } from "@/db/schema";

export async function getPlan(db: Database, id: number): Promise<Plan | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return row ?? null;
}
