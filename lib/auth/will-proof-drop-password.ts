import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";

/** Whether proving this address would drop the account's password (lib/auth/claim-verified-email): said in the sign-in e-mail. */
export async function willProofDropPassword(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerified), isNotNull(users.passwordHash)))
    .limit(1);
  return Boolean(row);
}
