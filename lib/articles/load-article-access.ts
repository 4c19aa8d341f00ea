import { and, eq, gte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedStatement } from "@/db/prepared-statement";
import { offerCatalogueColumns, sellablePlans, type OfferCatalogue, type StoredOfferPlan } from "@/lib/billing/offer/offer-catalogue";
import { articles, giftLinks, meterReads, settings, users } from "@/db/schema";
import { meterPeriodStart } from "@/lib/access/meter/meter-period-start";
import type { Requirement } from "@/lib/access/types";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { SITE_IDENTITY_KEY } from "@/lib/settings/site-identity";
import { siteConfig } from "@/lib/site-config";
import { DEFAULT_SETTINGS, parseLevelLabels, settingsSchema, type Settings } from "@/lib/settings/settings";
import { isPublishedRow } from "./published";

export interface MeterSettings {
  anonymous: number;
  members: number;
  period: Settings["meterPeriod"];
  ceiling: number;
}

export interface ArticleAccess {
  id: number;
  isPublished: boolean;
  requirement: Requirement;
  levelLabels: readonly string[];
  /** The plans on offer and the capabilities' labels, for the paywall box. */
  offers: OfferCatalogue;
  neverMetered: boolean;
  meter: MeterSettings;
  /** A member's meter this period (asked for with memberId): distinct articles unlocked, and whether this one is. */
  memberMeter: { used: number; unlockedThis: boolean } | null;
  /** The stored gift link asked for with giftId, as it is (lib/access/gift/load-gift-link verifies it). */
  giftRow: StoredGiftLink | null;
  /** The site's language (admin → Site, else the server's default): the paywall box and banners speak it. */
  locale: Locale;
}

export interface StoredGiftLink {
  id: number;
  articleId: number;
  giverId: string;
  kind: "member" | "publisher";
  expiresAt: Date | null;
  maxOpens: number | null;
  opens: number;
  revoked: boolean;
  giverName: string | null;
}

/** The access query for a member or a visitor, with or without a gift link: four texts, each built once and sent prepared (db/prepared-statement). */
function buildAccessStatement(db: Database, forMember: boolean, withGift: boolean) {
  const memberId = sql.placeholder("memberId");
  const since = (from: ReturnType<typeof sql.placeholder>) =>
    forMember
      ? sql<string>`(select count(distinct ${meterReads.articleId}) from ${meterReads} where ${and(eq(meterReads.memberId, memberId), gte(meterReads.readAt, from))})`
      : sql<string>`0`;
  const unlocked = (from: ReturnType<typeof sql.placeholder>) =>
    forMember
      ? sql<boolean>`exists (select 1 from ${meterReads} where ${and(eq(meterReads.memberId, memberId), eq(meterReads.articleId, articles.id), gte(meterReads.readAt, from))})`
      : sql<boolean>`false`;
  const [month, rolling] = [sql.placeholder("month"), sql.placeholder("rolling")];
  return db
    .select({
      id: articles.id,
      status: articles.status,
      publishedAt: articles.publishedAt,
      effReqLevel: articles.effReqLevel,
      effReqCcaps: articles.effReqCcaps,
      neverMetered: articles.neverMetered,
      settings: sql<Record<string, unknown> | null>`(select jsonb_object_agg(${settings.key}, ${settings.value}) from ${settings} where ${settings.key} in ('levelLabels', 'meterAnonymous', 'meterMembers', 'meterPeriod', 'meterCeiling', ${SITE_IDENTITY_KEY}))`,
      ...offerCatalogueColumns,
      usedMonth: since(month),
      usedRolling: since(rolling),
      unlockedMonth: unlocked(month),
      unlockedRolling: unlocked(rolling),
      gift: withGift
        ? // Spelled out with table names: in a one-table select Drizzle leaves columns unqualified.
          sql<Record<string, unknown> | null>`(select json_build_object('id', g.id, 'articleId', g.article_id, 'giverId', g.giver_id, 'kind', g.kind, 'expiresAt', g.expires_at, 'maxOpens', g.max_opens, 'opens', g.opens, 'revoked', g.revoked_at is not null, 'giverName', u.name) from ${giftLinks} g join ${users} u on u.id = g.giver_id where g.id = ${sql.placeholder("giftId")})`
        : sql<null>`null`,
    })
    .from(articles)
    .where(eq(articles.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare(`lede_article_access_${forMember ? "member" : "visitor"}${withGift ? "_gift" : ""}`);
}

const accessStatements = {
  visitor: preparedStatement((db) => buildAccessStatement(db, false, false)),
  visitorWithGift: preparedStatement((db) => buildAccessStatement(db, false, true)),
  member: preparedStatement((db) => buildAccessStatement(db, true, false)),
  memberWithGift: preparedStatement((db) => buildAccessStatement(db, true, true)),
};
const accessStatement = (db: Database, forMember: boolean, withGift: boolean) =>
  (forMember ? (withGift ? accessStatements.memberWithGift : accessStatements.member) : withGift ? accessStatements.visitorWithGift : accessStatements.visitor)(db);

/**
 * What deciding a reader's view of a shared article page needs, in one round-trip: the
 * effective requirement, the level labels for the paywall box, the free-article meter's
 * settings, for a member their meter this period, and the gift link a request presents.
 * The gated part is not read here:
 * only after decideAccess allows it (lib/articles/load-gated-html).
 */
export async function loadArticleAccess(db: Database, slug: string, now: Date, memberId?: string, giftId?: number): Promise<ArticleAccess | null> {
  // Both periods are counted so that one query serves whichever the settings name.
  const [row] = await accessStatement(db, memberId !== undefined, giftId !== undefined).execute({
    slug,
    memberId,
    giftId,
    month: meterPeriodStart(now, "calendar-month").toISOString(),
    rolling: meterPeriodStart(now, "rolling-30-days").toISOString(),
  });
  if (!row) return null;
  const stored = row.settings ?? {};
  const meter = parseMeterSettings(stored);
  const isMonth = meter.period === "calendar-month";
  return {
    id: row.id,
    isPublished: isPublishedRow(row, now),
    requirement: { level: row.effReqLevel, ccaps: row.effReqCcaps },
    levelLabels: parseLevelLabels(stored.levelLabels),
    offers: { plans: sellablePlans(sortPlans(row.offerPlans ?? [])), ccapLabels: row.ccapLabels ?? {} },
    neverMetered: row.neverMetered,
    meter,
    locale: siteLanguage(stored[SITE_IDENTITY_KEY]),
    giftRow: row.gift ? toStoredGiftLink(row.gift) : null,
    memberMeter: memberId ? { used: Number(isMonth ? row.usedMonth : row.usedRolling), unlockedThis: Boolean(isMonth ? row.unlockedMonth : row.unlockedRolling) } : null,
  };
}

/** The stored site identity's language, else the server's default (as lib/settings/site-identity reads it). */
function siteLanguage(identity: unknown): Locale {
  const language = identity && typeof identity === "object" ? (identity as { language?: unknown }).language : undefined;
  return language ? toLocale(language) : siteConfig.language;
}

/** The gift link as json_build_object gave it (timestamps as ISO text). */
function toStoredGiftLink(json: Record<string, unknown>): StoredGiftLink {
  return {
    id: Number(json.id),
    articleId: Number(json.articleId),
    giverId: String(json.giverId),
    kind: json.kind === "publisher" ? "publisher" : "member",
    expiresAt: json.expiresAt ? new Date(String(json.expiresAt)) : null,
    maxOpens: json.maxOpens === null || json.maxOpens === undefined ? null : Number(json.maxOpens),
    opens: Number(json.opens),
    revoked: json.revoked === true,
    giverName: typeof json.giverName === "string" ? json.giverName : null,
  };
}

/** The meter's stored settings, each falling back to its default when missing or malformed. */
export function parseMeterSettings(stored: Record<string, unknown>): MeterSettings {
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as Settings[K];
  };
  return { anonymous: pick("meterAnonymous"), members: pick("meterMembers"), period: pick("meterPeriod"), ceiling: pick("meterCeiling") };
}

/** The editors' order, as /subscribe shows the plans. */
function sortPlans(rows: StoredOfferPlan[]): StoredOfferPlan[] {
  return [...rows].sort((a, b) => a.position - b.position || a.amount - b.amount);
}
