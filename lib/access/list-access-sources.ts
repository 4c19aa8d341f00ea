import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisations, plans, subscriptions, users } from "@/db/schema";
import { subscriptionGrant } from "@/lib/billing/subscription-grant";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { entitlementColumns, grantsOf, type EntitlementRow } from "@/lib/members/member-grants";
import { getSettings, levelLabel, type Settings } from "@/lib/settings/settings";
import { formatCcap } from "./describe-requirement";
import { compileIpRanges, isInIpRanges } from "./institution/parse-ip-ranges";
import { memberOrganisationsColumn, organisationsOf } from "./organisation/member-organisations";
import type { InstitutionGrant } from "./types";

export interface AccessSource {
  kind: "plan" | "newsroom" | "complimentary" | "organisation" | "free";
  /** In words, in `locale`: "Premium (trial until 9 December 2026)", "Level 2 “Premium” through Tartu (your e-mail domain)". */
  text: string;
}

const isActive = (until: Date | null, now: Date) => until === null || until.getTime() > now.getTime();

/**
 * Each source of a member's access that holds now, in words, from the same data decideAccess
 * weighs (the session's grants, subscriptions through subscriptionGrant, the organisations of a
 * proved domain or seat, and, given the request's address, the organisation whose range it is in).
 * A member with none is a free account; nothing here calls that a plan. Worded in `locale` (default English).
 */
export async function listAccessSources(db: Database, options: { userId: string; now: Date; clientIp?: string; locale?: Locale }): Promise<AccessSource[]> {
  const { now } = options;
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = translator(locale, "account");
  const date = (d: Date) => formatDate(d, locale);
  const [rows, subs, settings, ranged] = await Promise.all([
    db.select({ ...entitlementColumns(), organisationsJson: memberOrganisationsColumn() }).from(users).where(eq(users.id, options.userId)).limit(1),
    db
      .select({ name: plans.name, level: plans.level, ccaps: plans.ccaps, status: subscriptions.status, trialEnd: subscriptions.trialEnd, currentPeriodStart: subscriptions.currentPeriodStart, currentPeriodEnd: subscriptions.currentPeriodEnd, cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd, cancelAt: subscriptions.cancelAt, revokedAt: subscriptions.revokedAt })
      .from(subscriptions)
      .innerJoin(plans, eq(plans.id, subscriptions.planId))
      .where(eq(subscriptions.userId, options.userId)),
    getSettings(db),
    options.clientIp ? rangeOrganisation(db, options.clientIp) : Promise.resolve(null),
  ]);
  const what = (level: number | null, ccaps: readonly string[]) => describeWhat(t, settings, level, ccaps);
  const row = rows[0] as (EntitlementRow & { organisationsJson: Parameters<typeof organisationsOf>[0] }) | undefined;
  if (!row) return [];
  const sources: AccessSource[] = [];
  const graceDays = typeof row.graceDaysJson === "number" ? row.graceDaysJson : settings.pastDueGraceDays;
  for (const s of subs) {
    const grant = subscriptionGrant(s, { level: s.level, ccaps: s.ccaps }, { graceDays });
    if (!grant || !isActive(grant.until, now)) continue;
    const trial = s.status === "trialing" && s.trialEnd && s.trialEnd > now ? t("access.sources.trial", { date: date(s.trialEnd) }) : "";
    const until = grant.until ? t("access.sources.until", { date: date(grant.until) }) : "";
    sources.push({ kind: "plan", text: t("access.sources.plan", { plan: s.name, trial, until, what: what(s.level, s.ccaps) }) });
  }
  for (const g of grantsOf(row)) {
    if (!isActive(g.until, now)) continue;
    const until = g.until ? t("access.sources.grantUntil", { date: date(g.until) }) : "";
    if (g.source === "account" && (g.level ?? 0) > 0) sources.push({ kind: "newsroom", text: t("access.sources.newsroomLevel", { what: what(g.level, []) }) });
    if (g.source === "editor") sources.push({ kind: "newsroom", text: t("access.sources.newsroomCcaps", { ccaps: g.ccaps.map(formatCcap).join(", "), until }) });
    if (g.source === "complimentary") sources.push({ kind: "complimentary", text: t("access.sources.complimentary", { what: what(g.level, []), until }) });
  }
  const orgs = [...(ranged ? [ranged] : []), ...organisationsOf(row.organisationsJson)];
  for (const o of orgs) {
    if ((o.from !== null && o.from > now) || !isActive(o.until, now)) continue;
    const until = o.until ? t("access.sources.until", { date: date(o.until) }) : "";
    sources.push({ kind: "organisation", text: t("access.sources.organisation", { what: what(o.level, o.ccaps), organisation: o.name, via: o.via, until }) });
  }
  if (sources.length === 0) sources.push({ kind: "free", text: t("access.sources.free", { what: what(row.level, []) }) });
  return sources;
}

/** "Level 2 “Premium”", with capabilities: "Level 1 “Subscriber” and PDF edition". */
function describeWhat(t: ReturnType<typeof translator<"account">>, settings: Settings, level: number | null, ccaps: readonly string[]): string {
  const parts = [...(level !== null ? [t("access.levelValue", { level, label: levelLabel(settings, level) })] : []), ...ccaps.map(formatCcap)];
  return parts.join(t("access.sources.and"));
}

/** The organisation whose address ranges hold the request's address (the account page's view of the range door). */
async function rangeOrganisation(db: Database, ip: string): Promise<InstitutionGrant | null> {
  const rows = await db.select().from(organisations);
  const o = rows.find((r) => r.ipRanges.length > 0 && isInIpRanges(ip, compileIpRanges(r.ipRanges)));
  return o ? { id: o.id, name: o.name, via: "range", level: o.level, ccaps: o.ccaps, from: o.startsAt, until: o.endsAt } : null;
}
