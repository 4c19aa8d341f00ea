import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { newsletters, type Newsletter } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** A newsletter by id, or NOT_FOUND. */
export async function loadNewsletter(db: Database, id: number): Promise<Newsletter> {
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "No such newsletter.");
  return row;
}
