import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import type { Grant } from "@/lib/access/types";
import { entitlementColumns, grantsOf, type EntitlementRow } from "./member-grants";

/** A member's grants by user id (for history and editors), in one query. */
export async function loadMemberGrants(db: Database, userId: string): Promise<Grant[] | null> {
  const [row] = (await db.select(entitlementColumns()).from(users).where(eq(users.id, userId)).limit(1)) as EntitlementRow[];
  return row ? grantsOf(row) : null;
}
