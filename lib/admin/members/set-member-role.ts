import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";

const roleSchema = z.object({
  role: z.enum(["reader", "author", "editor", "admin"], { error: "Choose a role." }),
  reason: z.string().trim().max(300, "Use at most 300 characters.").default(""),
});

/** An admin makes someone a reader, author, editor or admin. The last admin cannot step down. */
export async function setMemberRole(db: Database, options: { actorId: string; userId: string; input: unknown }): Promise<{ message: string }> {
  const { role, reason } = parseInput(roleSchema, options.input);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [user] = await t.select({ role: users.role, email: users.email }).from(users).where(eq(users.id, options.userId)).limit(1);
    if (!user) throw new AppError("NOT_FOUND", "This member does not exist.");
    if (user.role === role) return { message: `${user.email} is already ${role}.` };
    if (user.role === "admin") {
      const [others] = await t.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), ne(users.id, options.userId)));
      if ((others?.n ?? 0) === 0) throw new AppError("CONFLICT", "This is the last administrator; make someone else admin first.");
    }
    await t.update(users).set({ role }).where(eq(users.id, options.userId));
    await recordAudit(t, { actorId: options.actorId, action: "role.change", targetType: "member", targetId: options.userId, before: { role: user.role }, after: { role }, reason });
    return { message: `${user.email} is now ${role}.` };
  });
}
