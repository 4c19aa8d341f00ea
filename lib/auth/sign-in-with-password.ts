import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { signInSchema } from "./credentials-schema";
import { verifyPassword } from "./password";

// Compared against when the e-mail is unknown, so both cases take the same time.
const DUMMY_HASH = "$2b$11$C6UzMDM.H6dfI/f/IKxGhuQ6Lx7vGmXDdcPK4DCAMJ5Q0ZzQp7Hy.";

/** Checks an e-mail and password; the same message for an unknown e-mail and a wrong password. */
export async function signInWithPassword(db: Database, input: unknown): Promise<{ userId: string; email: string }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
  const { email, password } = parsed.data;
  const [user] = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).limit(1);
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok) throw new AppError("UNAUTHENTICATED", "E-mail or password is incorrect.");
  return { userId: user.id, email };
}
