import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { memberCcaps, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { ccapNameSchema } from "../requirement-schema";
import { validateCcaps } from "../validate-ccaps";
import { endDateSchema } from "../end-date-schema";
import { entitlementSnapshot } from "./entitlement-snapshot";
import { currentEntitlements } from "@/lib/billing/record-entitlement-change";
import { recordEntitlementChange } from "./record-entitlement-change";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const level = z.coerce.number({ error: "Choose a level." }).int().min(0, "Choose a level from 0 to 4.").max(4, "Choose a level from 0 to 4.");
const until = z.union([z.literal(""), endDateSchema]).optional();
const reason = z.string().trim().max(300, "Use at most 300 characters.").default("");

const changeSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("set-level"), level, reason }),
  z.object({ action: z.literal("grant-ccap"), ccap: ccapNameSchema, until, reason }),
  z.object({ action: z.literal("remove-ccap"), ccap: ccapNameSchema, reason }),
  z.object({ action: z.literal("set-comp"), level, until: endDateSchema, reason }),
  z.object({ action: z.literal("end-comp"), reason }),
]);

/**
 * An editor changes what a member may read: the account level, a ccap (optionally until a
 * date), or complimentary access until a date. Each change is kept in the entitlement
 * history and the audit log, in the same transaction. Only on accounts below the actor's
 * role (canActOnMember); a grant to an address nobody has proved comes with a warning.
 */
export async function changeEntitlements(db: Database, options: { actor: StaffViewer; userId: string; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const form = parseInput(changeSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { userId, now } = options;
  if ((form.action === "grant-ccap" && form.until instanceof Date) || form.action === "set-comp") {
    const end = form.until as Date;
    if (end.getTime() <= now.getTime()) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { until: "Choose a date in the future." });
  }
  if (form.action === "grant-ccap") await validateCcaps(db, [form.ccap], "ccap");

  return inTransaction(db, async (t) => {
    const target = await loadMemberTarget(t, options.actor, userId);
    const before = await entitlementSnapshot(t, userId);
    const accessBefore = await currentEntitlements(t, userId, now);
    let message: string;
    switch (form.action) {
      case "set-level":
        await t.update(users).set({ level: form.level }).where(eq(users.id, userId));
        message = say("answers.levelSet", { level: form.level });
        break;
      case "grant-ccap": {
        const expiresAt = form.until instanceof Date ? form.until : null;
        await t.insert(memberCcaps).values({ userId, ccap: form.ccap, expiresAt }).onConflictDoUpdate({ target: [memberCcaps.userId, memberCcaps.ccap], set: { expiresAt } });
        message = expiresAt ? say("answers.ccapGrantedUntil", { ccap: form.ccap, date: expiresAt.toISOString().slice(0, 10) }) : say("answers.ccapGranted", { ccap: form.ccap });
        break;
      }
      case "remove-ccap":
        if (!before.ccaps.some((c) => c.name === form.ccap)) throw new AppError("NOT_FOUND", `This member does not hold ${form.ccap}.`, {}, { key: "memberLacksCcap", values: { ccap: form.ccap } });
        await t.delete(memberCcaps).where(and(eq(memberCcaps.userId, userId), eq(memberCcaps.ccap, form.ccap)));
        message = say("answers.ccapRemoved", { ccap: form.ccap });
        break;
      case "set-comp":
        await t.update(users).set({ compLevel: form.level, compUntil: form.until }).where(eq(users.id, userId));
        message = say("answers.compSet", { level: form.level, when: form.until.toISOString().slice(0, 16).replace("T", " ") });
        break;
      case "end-comp":
        await t.update(users).set({ compLevel: null, compUntil: null }).where(eq(users.id, userId));
        message = say("answers.compEnded");
        break;
    }
    const after = await entitlementSnapshot(t, userId);
    await recordEntitlementChange(t, { userId, actorId: options.actor.id, action: `member.${form.action}`, before, after, accessBefore, reason: form.reason, now });
    const grants = form.action === "set-level" || form.action === "grant-ccap" || form.action === "set-comp";
    return { message: grants && !target.isVerified ? `${message} ${say("answers.unverifiedGrant")}` : message };
  });
}
