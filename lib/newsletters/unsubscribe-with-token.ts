import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { newsletterOptIns, newsletters } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isValidUnsubscribe } from "./unsubscribe-token";

export interface UnsubscribeLink {
  userId: string;
  newsletterId: number;
  token: string;
}

/** The link's query (u, n, t), checked against its signature; a bad link is a 400 that says so. */
export function parseUnsubscribeLink(params: URLSearchParams, secret: string): UnsubscribeLink {
  const userId = params.get("u") ?? "";
  const newsletterId = Number(params.get("n"));
  const token = params.get("t") ?? "";
  const ok = /^[0-9a-f-]{1,64}$/i.test(userId) && Number.isInteger(newsletterId) && newsletterId > 0 && newsletterId < 2 ** 31 && /^[A-Za-z0-9_-]{43}$/.test(token);
  if (!ok || !isValidUnsubscribe({ userId, newsletterId, token, secret })) throw new AppError("INVALID_INPUT", "This unsubscribe link is not valid. Open the link from the e-mail again, or manage your newsletters on your account page.");
  return { userId, newsletterId, token };
}

/** The name of the newsletter a link names (for the confirmation page), or null when it is gone. */
export async function newsletterName(db: Database, id: number): Promise<string | null> {
  const [row] = await db.select({ name: newsletters.name }).from(newsletters).where(eq(newsletters.id, id)).limit(1);
  return row?.name ?? null;
}

/** One-click unsubscribe (RFC 8058): removes the opt-in; doing it twice is no error. */
export async function unsubscribeWithToken(db: Database, link: UnsubscribeLink): Promise<void> {
  await db.delete(newsletterOptIns).where(and(eq(newsletterOptIns.userId, link.userId), eq(newsletterOptIns.newsletterId, link.newsletterId)));
}
