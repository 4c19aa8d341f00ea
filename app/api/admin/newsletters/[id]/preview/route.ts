import { NextResponse } from "next/server";
import { idParam, staffQuery } from "@/app/admin/_lib/staff-route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { previewNewsletterEmail } from "@/lib/newsletters/preview-newsletter-email";
import { siteConfig } from "@/lib/site-config";
import { parseSerialId } from "@/lib/validation/ids";

/**
 * The e-mail a member of level `as` (0–4) would get: `format=text` for the plain-text part,
 * else the HTML part, sandboxed (no script, no form, no same-origin access).
 */
export const GET = staffQuery<{ id: string }>("publishArticles", async ({ request, db, params }) => {
  const newsletterId = idParam(params.id);
  const query = new URL(request.url).searchParams;
  const level = Number(query.get("as") ?? "0");
  if (!Number.isInteger(level) || level < 0 || level > 4) throw new AppError("INVALID_INPUT", "as must be a level from 0 to 4.");
  const rawArticle = query.get("article");
  const articleId = rawArticle ? parseSerialId(rawArticle) : null;
  if (rawArticle && articleId === null) throw new AppError("INVALID_INPUT", "article must be an article id.");
  const secret = env().AUTH_SECRET ?? "preview";
  const email = await previewNewsletterEmail(db, { newsletterId, articleId, level, origin: env().publicOrigin, secret, siteName: siteConfig.name, now: new Date() });
  const isText = query.get("format") === "text";
  return new NextResponse(isText ? email.text : email.html, {
    headers: { "content-type": isText ? "text/plain; charset=utf-8" : "text/html; charset=utf-8", "content-security-policy": "sandbox; default-src 'none'; img-src https: data:; style-src 'unsafe-inline'", "cache-control": "private, no-store" },
  });
});
