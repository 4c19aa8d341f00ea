import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { AppError } from "@/lib/errors";

/** The account with this e-mail address, or a field error naming it. */
export async function findMemberId(db: Database, email: unknown): Promise<string> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { email: "Enter a valid e-mail address." });
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, parsed.data)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "No account has this e-mail address.", { email: "No account has this e-mail address." });
  return row.id;
}
