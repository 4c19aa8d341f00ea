import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isPlainText } from "@/lib/validation/has-control-characters";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { emailSchema, passwordSchema } from "./credentials-schema";
import { hashPassword } from "./password";

const schema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100, "Use at most 100 characters.").refine(isPlainText, "Use letters, not control characters.").optional().default(""),
  // Optional: without one, the reader signs in later by e-mail link or code.
  password: z.union([z.literal(""), passwordSchema]).optional().default(""),
});

/**
 * The account a reader creates while choosing a plan (/subscribe): e-mail, optionally a
 * name and a password. An address that already has an account is never taken over, nor
 * signed in: the caller sends the reader to sign in, the plan kept. Like any sign-up, the
 * address is not proved yet (see lib/auth/claim-verified-email: a proof later drops a
 * password set before it).
 */
export async function signUpForCheckout(db: Database, input: unknown): Promise<{ userId: string } | { existing: true; email: string }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
  const { email, name, password } = parsed.data;
  const passwordHash = password ? await hashPassword(password) : null;
  const [row] = await db
    .insert(users)
    .values({ name: name || null, email, passwordHash, level: 0, role: "reader" })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return row ? { userId: row.id } : { existing: true, email };
}
