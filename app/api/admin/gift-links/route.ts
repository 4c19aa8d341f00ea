import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/app/_lib/route-handler";
import { staffMutation } from "@/app/admin/_lib/staff-route";
import { articles } from "@/db/schema";
import { createGiftLink } from "@/lib/access/gift/create-gift-link";
import { revokeGiftLink } from "@/lib/access/gift/revoke-gift-link";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const bodySchema = z.discriminatedUnion("action", [z.object({ action: z.literal("create"), articleId: id }), z.object({ action: z.literal("revoke"), id })]);

/** Publisher gift links (partners, social campaigns): editors make them without a quota, and revoke them. */
export const POST = staffMutation("manageAccess", async ({ request, db, member }) => {
  const parsed = bodySchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Unknown action.");
  const secret = env().AUTH_SECRET;
  if (!secret) throw new AppError("FORBIDDEN", "Gift links are not available on this site.");
  const now = new Date();
  if (parsed.data.action === "revoke") {
    await revokeGiftLink(db, { giverId: null, id: parsed.data.id, now });
    return NextResponse.json({ message: "Revoked." });
  }
  const [article] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, parsed.data.articleId));
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const link = await createGiftLink(db, { giver: member.viewer, slug: article.slug, kind: "publisher", now, secret });
  return NextResponse.json({ message: "Publisher gift link made.", url: new URL(link.path, env().publicOrigin).toString() }, { status: 201 });
});
