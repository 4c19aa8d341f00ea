import { NextResponse } from "next/server";
import { z } from "zod";
import { mutationRoute, readJson } from "@/app/_lib/route-handler";
import { getDb } from "@/db/client";
import { createGiftLink } from "@/lib/access/gift/create-gift-link";
import { revokeGiftLink } from "@/lib/access/gift/revoke-gift-link";
import { currentMember } from "@/lib/auth/current-member-next";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const bodySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("create"), slug: z.string().min(1).max(200) }),
  z.object({ action: z.literal("revoke"), id: z.coerce.number().int().positive().max(2_147_483_647) }),
]);

/** A member makes a gift link to an article their subscription includes, or revokes one of theirs. */
export const POST = mutationRoute(async (request) => {
  const member = await currentMember();
  if (!member) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Unknown action.");
  const secret = env().AUTH_SECRET;
  if (!secret) throw new AppError("FORBIDDEN", "Gift links are not available on this site.");
  const db = await getDb();
  const now = new Date();
  if (parsed.data.action === "revoke") {
    await revokeGiftLink(db, { giverId: member.viewer.id, id: parsed.data.id, now });
    return NextResponse.json({ revoked: 1 });
  }
  const link = await createGiftLink(db, { giver: member.viewer, slug: parsed.data.slug, kind: "member", now, secret });
  return NextResponse.json({ url: new URL(link.path, env().publicOrigin).toString(), expiresAt: link.expiresAt, maxOpens: link.maxOpens }, { status: 201 });
});
