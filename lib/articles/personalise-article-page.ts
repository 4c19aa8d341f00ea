import { escapeAttribute, escapeText } from "entities";
import type { Database } from "@/db/client";
import { meterReads } from "@/db/schema";
import { countGiftOpen } from "@/lib/access/gift/count-gift-open";
import { giftTokenId } from "@/lib/access/gift/gift-token";
import { giftLinkOf } from "@/lib/access/gift/gift-link-of";
import { decideAccess } from "@/lib/access/decide-access";
import { addCookieUnlock, countCookieMeter } from "@/lib/access/meter/count-meter";
import { readMeterCookie, writeMeterCookie } from "@/lib/access/meter/meter-cookie";
import { meterPeriodStart } from "@/lib/access/meter/meter-period-start";
import { recordOrganisationRead } from "@/lib/access/organisation/record-organisation-read";
import { ANONYMOUS, type InstitutionGrant, type Meter } from "@/lib/access/types";
import { loadSessionMember, type SignedInMember } from "@/lib/auth/load-viewer";
import { offerForPaywall } from "@/lib/billing/offer/offer-for-paywall";
import { translator } from "@/lib/i18n/translator";
import { loadArticleAccess, type ArticleAccess, type MeterSettings } from "./load-article-access";
import { loadGatedHtml } from "./load-gated-html";
import { renderArticleRest } from "./render-article-rest";
import { spliceArticleRest } from "./splice-article-rest";

export interface SharedPage {
  status: number;
  body: string;
}

export type PersonalisedPage =
  /**
   * `meterCookie`: the anonymous reader's new signed meter, to be set with the answer.
   * `rest`: what replaces the shared page's article rest (lib/articles/splice-article-rest), when
   * the page has one; `html` is the page with it replaced (spliced when read), else the shared page
   * as it is. The server may send the shared page's parts around `rest` instead (server/page-memory/gzip-frame).
   */
  | { kind: "page"; status: number; html: string; rest?: string; meterCookie?: string }
  /** Staff and authors may see drafts and their own pieces: their page is rendered for them. */
  | { kind: "render-per-request"; member: SignedInMember };

/**
 * One reader's article page without a second render: the shared page every anonymous
 * reader gets (from the page cache), with its rest — gated text or paywall box — replaced
 * after decideAccess. For a signed-in reader, and for an anonymous one when the free-article
 * meter is on. Database round-trips: the session with its entitlements (signed in only);
 * the article's requirement with the meter (a member's count included); only when
 * decideAccess allowed it, the gated part; only when the meter opened a new article for a
 * member, recording it. An anonymous reader's meter is their signed cookie (`meterCookie`).
 */
export async function personaliseArticlePage(
  db: Database,
  options: {
    slug: string;
    token: string;
    now: Date;
    userAgent: string | null;
    sharedPage: (path: string) => Promise<SharedPage>;
    /** The anonymous meter cookie as sent, and the secret it is signed with (none: no anonymous meter). */
    meterCookie?: string;
    secret?: string | null;
    /** A gift link's token from `?gift=` (lib/access/gift). */
    gift?: string;
    /** The organisation whose address range the request comes from (server/access/organisation-ranges). */
    institution?: InstitutionGrant;
  },
): Promise<PersonalisedPage> {
  const { slug, token, now } = options;
  const member = token ? await loadSessionMember(db, token, { now, userAgent: options.userAgent }) : null;
  if (member && member.viewer.role !== "reader") return { kind: "render-per-request", member };

  const shared = await options.sharedPage(`/articles/${encodeURIComponent(slug)}`);
  if (shared.status !== 200) return { kind: "page", status: shared.status, html: shared.body };
  const secret = options.secret ?? "";
  const giftId = options.gift && secret ? (giftTokenId(options.gift) ?? undefined) : undefined;
  const access = await loadArticleAccess(db, slug, now, member?.viewer.id, giftId);
  if (!access) return { kind: "page", status: 200, html: shared.body };
  const gift = options.gift ? giftLinkOf(options.gift, access.giftRow, access.id, secret) : null;

  const periodStart = meterPeriodStart(now, access.meter.period);
  const cookie = readMeterCookie(options.meterCookie, secret);
  const decision = decideAccess(member?.viewer ?? ANONYMOUS, access.requirement, {
    now,
    isPublished: access.isPublished,
    isOwnArticle: false,
    meter: meterOf(access, member !== null, cookie, Boolean(options.secret), periodStart),
    gift: gift ?? undefined,
    institution: options.institution,
  });
  let meterCookie: string | undefined;
  // A read the organisation's access opened counts in its usage (one upsert).
  if (decision.institution) await recordOrganisationRead(db, { organisationId: decision.institution.id, articleId: access.id, via: decision.institution.via, now });
  if (decision.meter?.counts) {
    if (member) await db.insert(meterReads).values({ memberId: member.viewer.id, articleId: access.id, readAt: now });
    else meterCookie = writeMeterCookie(addCookieUnlock(cookie, access.id, now, periodStart), options.secret!);
  }
  const t = translator(access.locale, "reader");
  const personalised = member !== null || decision.meter !== undefined || decision.gift !== undefined || decision.institution !== undefined;
  // Only a cookie that names no session means the session ended; no cookie at all is just a visitor.
  const sessionNotice = member || !token ? "" : sessionEndedNotice(t, slug);
  const meterNotice = decision.allowed && decision.meter ? meterBanner(t, slug, decision.meter, access.meter.period, member !== null) : "";
  const giftNotice = decision.gift && options.gift ? giftBanner(t, slug, decision.gift.giverName, options.gift) : "";
  const institutionNotice = decision.institution
    ? `<p class="notice institution-banner" role="status" data-institution>${escapeText(t("banners.institution", { name: decision.institution.name }))}</p>`
    : "";
  const rest = renderArticleRest(
    decision.allowed
      ? { kind: "full", gatedHtml: decision.reason === "gift" && gift ? await countGiftOpen(db, gift.id, access.id) : await loadGatedHtml(db, access.id) }
      : { kind: "paywall", ...offerForPaywall(member?.viewer ?? ANONYMOUS, access.requirement, decision, access.offers, { now, meterPeriod: access.meter.period, locale: access.locale }) },
    {
      slug,
      locale: access.locale,
      personalised,
      noticeHtml: sessionNotice + meterNotice + giftNotice + institutionNotice || undefined,
      // A reader who reads by their own entitlements may gift the piece.
      giftable: member !== null && (decision.reason === "level" || decision.reason === "complimentary"),
    },
  );
  return {
    kind: "page",
    status: 200,
    rest,
    meterCookie,
    // Spliced when asked: a server that sends the page compressed around `rest` never needs it whole.
    get html() {
      return spliceArticleRest(shared.body, rest) ?? shared.body;
    },
  };
}

/** The reader's meter for decideAccess: a member's from the database, a visitor's from their cookie. */
function meterOf(access: ArticleAccess, signedIn: boolean, cookie: ReturnType<typeof readMeterCookie>, canSign: boolean, periodStart: Date): Meter | undefined {
  const rules = { ceiling: access.meter.ceiling, periodStart };
  if (signedIn) {
    if (access.meter.members <= 0 || !access.memberMeter) return undefined;
    return { limit: access.meter.members, ceiling: rules.ceiling, neverMetered: access.neverMetered, ...access.memberMeter };
  }
  if (access.meter.anonymous <= 0 || !canSign) return undefined;
  return countCookieMeter(cookie, access.id, { ...rules, limit: access.meter.anonymous }, access.neverMetered);
}

type ReaderWords = ReturnType<typeof translator<"reader">>;
const anchor = (href: string) => (chunks: string) => `<a href="${escapeAttribute(href)}">${chunks}</a>`;

/** Above a gifted read: who gave it, and the offer (carrying the gift link: a subscription from it is a gift conversion). */
function giftBanner(t: ReaderWords, slug: string, giverName: string | null, token: string): string {
  const subscribe = anchor(`/subscribe?${new URLSearchParams({ from: slug, gift: token })}`);
  const text = giverName ? t.markup("banners.giftFrom", { name: escapeText(giverName), subscribe }) : t.markup("banners.giftFromNewsroom", { subscribe });
  return `<p class="notice gift-banner" role="status" data-gift>${text}</p>`;
}

/** A discreet line above a metered read: where the reader stands, and the offer. */
function meterBanner(t: ReaderWords, slug: string, meter: { limit: number; remaining: number }, period: MeterSettings["period"], signedIn: boolean): string {
  const back = encodeURIComponent(`/articles/${slug}`);
  const during = t(period === "rolling-30-days" ? "paywall.last30Days" : "paywall.thisMonth");
  const left = meter.remaining === 0 ? t("banners.meterLast", { period: during }) : t("banners.meterLeft", { remaining: meter.remaining, limit: meter.limit, period: during });
  const subscribe = anchor(`/subscribe?from=${encodeURIComponent(slug)}`);
  const offer = signedIn
    ? t.markup("banners.meterOfferMember", { subscribe })
    : t.markup("banners.meterOfferVisitor", { subscribe, signup: anchor(`/signup?callbackUrl=${back}&from=${encodeURIComponent(slug)}`) });
  return `<p class="notice meter-banner" role="status" data-meter>${escapeText(t("banners.meterReading"))} ${escapeText(left)}. ${offer}</p>`;
}

/** The cookie names a session that no longer exists: say so instead of silently showing the teaser. */
function sessionEndedNotice(t: ReaderWords, slug: string): string {
  const signIn = anchor(`/signin?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`);
  return `<p class="notice" role="status">${t.markup("banners.sessionEnded", { signIn })}</p>`;
}
