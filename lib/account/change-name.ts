import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isPlainText } from "@/lib/validation/has-control-characters";

export const nameSchema = z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.").refine(isPlainText, "Use letters, not control characters.");

/** A member renames themselves. */
export async function changeName(db: Database, options: { userId: string; name: unknown }): Promise<void> {
  const parsed = nameSchema.safeParse(options.name);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct your name.", { name: parsed.error.issues[0]?.message ?? "Invalid name." });
  await db.update(users).set({ name: parsed.data }).where(eq(users.id, options.userId));
}
