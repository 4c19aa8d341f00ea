import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { plans, type Plan } from "@/db/schema";

/** Every plan, offered or hidden, for the editors' plans page. */
export async function listAllPlans(db: Database): Promise<Plan[]> {
  return db.select().from(plans).orderBy(asc(plans.position), asc(plans.id));
}
