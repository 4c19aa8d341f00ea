import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisations, plans, subscriptions, users } from "@/db/schema";
import { subscriptionGrant } from "@/lib/billing/subscription-grant";
import { formatDate } from "@/lib/content/format-date";
import { entitlementColumns, grantsOf, type EntitlementRow } from "@/lib/members/member-grants";
import { getSettings, levelLabel, type Settings } from "@/lib/settings/settings";
import { formatCcap } from "./describe-requirement";
import { compileIpRanges, isInIpRanges } from "./institution/parse-ip-ranges";
import { memberOrganisationsColumn, organisationsOf } from "./organisation/member-organisations";
import type { InstitutionGrant } from "./types";

export interface AccessSource {
  kind: "plan" | "newsroom" | "complimentary" | "organisation" | "free";
  /** In words: "Premium (trial until 9 December 2026)", "Level 2 “Premium” through Tartu (your e-mail domain)". */
  text: string;
}

const VIA = { range: "your network address", domain: "your e-mail domain", seat: "your seat" } as const;
const isActive = (until: Date | null, now: Date) => until === null || until.getTime() > now.getTime();

/**
 * Each source of a member's access that holds now, in words, from the same data decideAccess
 * weighs (the session's grants, subscriptions through subscriptionGrant, the organisations of a
 * proved domain or seat, and, given the request's address, the organisation whose range it is in).
 * A member with none is a free account; nothing here calls that a plan.
 */
export async function listAccessSources(db: Database, options: { userId: string; now: Date; clientIp?: string }): Promise<AccessSource[]> {
  const { now } = options;
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
  const row = rows[0] as (EntitlementRow & { organisationsJson: Parameters<typeof organisationsOf>[0] }) | undefined;
  if (!row) return [];
  const sources: AccessSource[] = [];
  const graceDays = typeof row.graceDaysJson === "number" ? row.graceDaysJson : settings.pastDueGraceDays;
  for (const s of subs) {
    const grant = subscriptionGrant(s, { level: s.level, ccaps: s.ccaps }, { graceDays });
    if (!grant || !isActive(grant.until, now)) continue;
    const trial = s.status === "trialing" && s.trialEnd && s.trialEnd > now ? ` (trial until ${formatDate(s.trialEnd)})` : "";
    const until = grant.until ? `, until ${formatDate(grant.until)}` : "";
    sources.push({ kind: "plan", text: `${s.name}${trial}${until}: ${what(settings, s.level, s.ccaps)}` });
  }
  for (const g of grantsOf(row)) {
    if (!isActive(g.until, now)) continue;
    const until = g.until ? ` until ${formatDate(g.until)}` : "";
    if (g.source === "account" && (g.level ?? 0) > 0) sources.push({ kind: "newsroom", text: `${what(settings, g.level, [])}, granted by the newsroom` });
    if (g.source === "editor") sources.push({ kind: "newsroom", text: `${g.ccaps.map(formatCcap).join(", ")}, granted by the newsroom${until}` });
    if (g.source === "complimentary") sources.push({ kind: "complimentary", text: `${what(settings, g.level, [])}, complimentary${until}` });
  }
  const orgs = [...(ranged ? [ranged] : []), ...organisationsOf(row.organisationsJson)];
  for (const o of orgs) {
    if ((o.from !== null && o.from > now) || !isActive(o.until, now)) continue;
    sources.push({ kind: "organisation", text: `${what(settings, o.level, o.ccaps)} through ${o.name} (${VIA[o.via]})${o.until ? `, until ${formatDate(o.until)}` : ""}` });
  }
  if (sources.length === 0) sources.push({ kind: "free", text: `${what(settings, row.level, [])}: a free account` });
  return sources;
}

/** "Level 2 “Premium”", with capabilities: "Level 1 “Subscriber” and PDF edition". */
function what(settings: Settings, level: number | null, ccaps: readonly string[]): string {
  const parts = [...(level !== null ? [`Level ${level} “${levelLabel(settings, level)}”`] : []), ...ccaps.map(formatCcap)];
  return parts.join(" and ");
}

/** The organisation whose address ranges hold the request's address (the account page's view of the range door). */
async function rangeOrganisation(db: Database, ip: string): Promise<InstitutionGrant | null> {
  const rows = await db.select().from(organisations);
  const o = rows.find((r) => r.ipRanges.length > 0 && isInIpRanges(ip, compileIpRanges(r.ipRanges)));
  return o ? { id: o.id, name: o.name, via: "range", level: o.level, ccaps: o.ccaps, from: o.startsAt, until: o.endsAt } : null;
}
