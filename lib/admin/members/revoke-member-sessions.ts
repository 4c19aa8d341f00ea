import { z } from "zod";
import { textIdSchema } from "@/lib/validation/ids";
import type { Database } from "@/db/client";
import { sessionEvents } from "@/db/schema";
import { revokeOtherSessions, revokeSession } from "@/lib/auth/revoke-sessions";
import { AppError } from "@/lib/errors";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { loadMemberTarget } from "./load-member-target";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const revokeSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("revoke"), sessionId: textIdSchema }),
  z.object({ action: z.literal("revoke-all") }),
]);

/** An editor signs a member below their role out of one device or all of them; the member's account page says so. */
export async function revokeMemberSessions(db: Database, options: { actor: StaffViewer; userId: string; input: unknown; locale?: Locale }): Promise<{ message: string }> {
  const form = parseInput(revokeSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { userId } = options;
  await loadMemberTarget(db, options.actor, userId);
  const count = form.action === "revoke" ? Number(await revokeSession(db, { userId, sessionId: form.sessionId })) : await revokeOtherSessions(db, { userId });
  if (form.action === "revoke" && count === 0) throw new AppError("NOT_FOUND", "That session has already ended.");
  if (count > 0) await db.insert(sessionEvents).values({ userId, kind: "revoked-by-editor", detail: `${count} session(s) ended by the newsroom` });
  return { message: count === 0 ? say("answers.sessionsNone") : say("answers.sessionsEnded", { count }) };
}
