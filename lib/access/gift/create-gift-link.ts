import { and, count, eq, gte, sql } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { giftLinks } from "@/db/schema";
import { loadArticleAccess } from "@/lib/articles/load-article-access";
import { AppError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/settings";
import { decideAccess, isPublicRequirement } from "../decide-access";
import { meterPeriodStart } from "../meter/meter-period-start";
import type { Viewer } from "../types";
import { signGiftToken } from "./gift-token";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CreatedGiftLink {
  id: number;
  path: string;
  expiresAt: Date | null;
  maxOpens: number | null;
}

/**
 * A gift link to a gated article. A member gives what they may read themselves by their own
 * entitlements (not a meter or another gift), within the month's quota; an editor's
 * publisher link (`kind: "publisher"`) has no quota. Expiry and opens follow the settings.
 */
export async function createGiftLink(
  db: Database,
  options: { giver: Extract<Viewer, { kind: "member" }>; slug: string; kind: "member" | "publisher"; now: Date; secret: string },
): Promise<CreatedGiftLink> {
  const { giver, slug, kind, now } = options;
  const access = await loadArticleAccess(db, slug, now);
  if (!access || !access.isPublished) throw new AppError("NOT_FOUND", "This article does not exist or is not published.");
  if (isPublicRequirement(access.requirement)) throw new AppError("INVALID_INPUT", "This article is free to read: share its address.");
  if (kind === "member") {
    const decision = decideAccess(giver, access.requirement, { now, isPublished: true, isOwnArticle: false });
    if (!decision.allowed) throw new AppError("FORBIDDEN", "You can gift only articles your subscription includes.");
  }
  const settings = await getSettings(db);
  const expiresAt = settings.giftExpiryDays > 0 ? new Date(now.getTime() + settings.giftExpiryDays * DAY_MS) : null;
  const maxOpens = settings.giftMaxOpens > 0 ? settings.giftMaxOpens : null;
  const created = await inTransaction(db, async (t) => {
    if (kind === "member") {
      // One gift at a time per member, so two requests at once cannot both take the last one.
      await t.execute(sql`select pg_advisory_xact_lock(hashtext(${`gift:${giver.id}`}))`);
      const [made] = await t
        .select({ n: count() })
        .from(giftLinks)
        .where(and(eq(giftLinks.giverId, giver.id), eq(giftLinks.kind, "member"), gte(giftLinks.createdAt, meterPeriodStart(now, "calendar-month"))));
      if ((made?.n ?? 0) >= settings.giftQuota) {
        throw new AppError("RATE_LIMITED", `You have made your ${settings.giftQuota} gift links this month.`, {}, { key: "giftQuota", values: { quota: settings.giftQuota } });
      }
    }
    const [row] = await t.insert(giftLinks).values({ articleId: access.id, giverId: giver.id, kind, expiresAt, maxOpens, createdAt: now }).returning({ id: giftLinks.id });
    return row!;
  });
  const token = signGiftToken({ id: created.id, articleId: access.id, giverId: giver.id, expiresAt }, options.secret);
  return { id: created.id, path: `/articles/${slug}?gift=${token}`, expiresAt, maxOpens };
}
