import { and, count, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const roleSchema = z.object({
  role: z.enum(["reader", "author", "editor", "admin"], { error: "Choose a role." }),
  reason: z.string().trim().max(300, "Use at most 300 characters.").default(""),
});

/**
 * An admin makes someone a reader, author, editor or admin. The last admin cannot step down.
 * A staff role goes only to an address its owner has proved (an e-mail link or code): a
 * password sign-up proves nothing, so a squatter who signed up under a future colleague's
 * address would otherwise become staff. Refused rather than dropping the squatter's
 * password on the spot: the admin learns why, and the colleague's first e-mail sign-in
 * drops the squatter's password and sessions anyway (claimVerifiedEmail).
 */
export async function setMemberRole(db: Database, options: { actor: StaffViewer; userId: string; input: unknown; locale?: Locale }): Promise<{ message: string }> {
  const { role, reason } = parseInput(roleSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  return inTransaction(db, async (t) => {
    const user = await loadMemberTarget(t, options.actor, options.userId);
    if (user.role === role) return { message: say("answers.roleAlready", { email: user.email ?? "", role: say(`roles.${role}`) }) };
    if (role !== "reader" && !user.isVerified) {
      throw new AppError(
        "CONFLICT",
        `${user.email} has not proved this address yet: whoever signed up with it would get the role. Ask its owner to sign in once with an e-mail link or code, then give the role.`,
        { email: "Not verified yet." },
        { key: "roleNeedsProvedAddress", values: { email: user.email ?? "" } },
      );
    }
    if (user.role === "admin") {
      const [others] = await t.select({ n: count() }).from(users).where(and(eq(users.role, "admin"), ne(users.id, options.userId)));
      if ((others?.n ?? 0) === 0) throw new AppError("CONFLICT", "This is the last administrator; make someone else admin first.");
    }
    await t.update(users).set({ role }).where(eq(users.id, options.userId));
    await recordAudit(t, { actorId: options.actor.id, action: "role.change", targetType: "member", targetId: options.userId, before: { role: user.role }, after: { role }, reason });
    return { message: say("answers.roleNow", { email: user.email ?? "", role: say(`roles.${role}`) }) };
  });
}
