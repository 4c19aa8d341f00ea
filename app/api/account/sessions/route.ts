import { NextResponse } from "next/server";
import { z } from "zod";
import { textIdSchema } from "@/lib/validation/ids";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/current-member-next";
import { revokeOtherSessions, revokeSession } from "@/lib/auth/revoke-sessions";
import { AppError } from "@/lib/errors";

const bodySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("revoke"), sessionId: textIdSchema }),
  z.object({ action: z.literal("revoke-others") }),
]);

/** A member ends one of their own sessions, or all but this one. */
export const POST = mutationRoute(async (request) => {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Unknown action.");
  const db = await getDb();
  const userId = member.viewer.id;
  if (parsed.data.action === "revoke") {
    const done = await revokeSession(db, { userId, sessionId: parsed.data.sessionId });
    if (!done) throw new AppError("NOT_FOUND", "That session does not exist or has already ended.");
    return NextResponse.json({ revoked: 1 });
  }
  return NextResponse.json({ revoked: await revokeOtherSessions(db, { userId, keepSessionId: member.sessionId }) });
});
