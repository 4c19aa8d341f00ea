import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { signUpSchema } from "./credentials-schema";
import { hashPassword } from "./password";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

/** Creates a free (level 0) account with a password. */
export async function signUpWithPassword(db: Database, input: unknown): Promise<{ userId: string }> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) {
    throw new AppError("CONFLICT", "An account with this e-mail address already exists. Sign in, or ask for a sign-in link.", {
      email: "Already registered.",
    });
  }
  const passwordHash = await hashPassword(password);
  const [row] = await db.insert(users).values({ name, email, passwordHash, level: 0, role: "reader" }).onConflictDoNothing().returning({ id: users.id });
  if (!row) throw new AppError("CONFLICT", "An account with this e-mail address already exists.", { email: "Already registered." });
  return { userId: row.id };
}
