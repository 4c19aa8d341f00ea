import { sql, type SQL } from "drizzle-orm";
import { memberCcaps, plans, settings, subscriptions, users } from "@/db/schema";
import type { Grant } from "@/lib/access/types";
import { subscriptionGrant } from "@/lib/billing/subscription-grant";
import { DEFAULT_SETTINGS } from "@/lib/settings/settings";

interface CcapJson {
  name: string;
  expiresAt: string | null;
}
export interface SubscriptionJson {
  id: string;
  status: string;
  currentPeriodStart: string | null;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: string | null;
  revokedAt: string | null;
  level: number;
  ccaps: string[];
}

/**
 * Columns that bring a member's whole entitlement in the same query as the member:
 * ccaps, subscriptions with their plans, and the past-due grace setting.
 */
export function entitlementColumns() {
  // Fully qualified: inside the subqueries a bare "id" would name the subquery's own column.
  const userId = sql.raw(`"users"."id"`);
  return {
    level: users.level,
    compLevel: users.compLevel,
    compUntil: users.compUntil,
    ccapsJson: sql<CcapJson[] | null>`(select json_agg(json_build_object('name', ${memberCcaps.ccap}, 'expiresAt', ${memberCcaps.expiresAt})) from ${memberCcaps} where ${memberCcaps.userId} = ${userId})`,
    subscriptionsJson: sql<SubscriptionJson[] | null>`(select json_agg(json_build_object(
      'id', s.id, 'status', s.status, 'currentPeriodStart', s.current_period_start, 'currentPeriodEnd', s.current_period_end,
      'cancelAtPeriodEnd', s.cancel_at_period_end, 'cancelAt', s.cancel_at, 'revokedAt', s.revoked_at,
      'level', p.level, 'ccaps', p.ccaps))
      from ${subscriptions} s join ${plans} p on p.id = s.plan_id where s.user_id = ${userId})` as SQL<SubscriptionJson[] | null>,
    graceDaysJson: sql<unknown>`(select value from ${settings} where key = 'pastDueGraceDays')`,
  };
}

export interface EntitlementRow {
  level: number;
  compLevel: number | null;
  compUntil: Date | null;
  ccapsJson: CcapJson[] | null;
  subscriptionsJson: SubscriptionJson[] | null;
  graceDaysJson: unknown;
}

const date = (v: string | null) => (v ? new Date(v) : null);

/**
 * entitlementColumns as the select list of a raw statement (a prepared one built once,
 * lib/billing/sync-subscription), aliased by field; read its rows with entitlementRowOf.
 */
export function entitlementSelectList(): SQL {
  const columns = entitlementColumns();
  return sql`${users.level} as "level", ${users.compLevel} as "compLevel", to_json(${users.compUntil}) as "compUntil",
    ${columns.ccapsJson} as "ccapsJson", ${columns.subscriptionsJson} as "subscriptionsJson", ${columns.graceDaysJson} as "graceDaysJson"`;
}

/** A raw row of entitlementSelectList (the time came as JSON text, alike on both drivers). */
export function entitlementRowOf(raw: Omit<EntitlementRow, "compUntil"> & { compUntil: string | null }): EntitlementRow {
  return { level: raw.level, compLevel: raw.compLevel, compUntil: date(raw.compUntil), ccapsJson: raw.ccapsJson, subscriptionsJson: raw.subscriptionsJson, graceDaysJson: raw.graceDaysJson };
}

export function ccapsOf(row: EntitlementRow): { name: string; expiresAt: Date | null }[] {
  return (row.ccapsJson ?? []).map((c) => ({ name: c.name, expiresAt: date(c.expiresAt) }));
}

/** Every grant a member holds: the account's level, editor-granted ccaps, complimentary access, plans. */
export function grantsOf(row: EntitlementRow): Grant[] {
  const graceDays = typeof row.graceDaysJson === "number" ? row.graceDaysJson : DEFAULT_SETTINGS.pastDueGraceDays;
  const grants: Grant[] = [{ source: "account", level: row.level, ccaps: [], until: null }];
  for (const c of ccapsOf(row)) grants.push({ source: "editor", level: null, ccaps: [c.name], until: c.expiresAt });
  if (row.compLevel !== null && row.compUntil) grants.push({ source: "complimentary", level: row.compLevel, ccaps: [], until: row.compUntil });
  for (const s of row.subscriptionsJson ?? []) {
    const grant = subscriptionGrant(
      { status: s.status, currentPeriodStart: date(s.currentPeriodStart), currentPeriodEnd: date(s.currentPeriodEnd), cancelAtPeriodEnd: s.cancelAtPeriodEnd, cancelAt: date(s.cancelAt), revokedAt: date(s.revokedAt) },
      { level: s.level, ccaps: s.ccaps },
      { graceDays },
    );
    if (grant) grants.push(grant);
  }
  return grants;
}

/**
 * The member's entitlement row once `subscription` is stored as given (replacing the one
 * with its id, or added): what they can read after a sync, without reading it back.
 */
export function withSubscription(row: EntitlementRow, subscription: SubscriptionJson): EntitlementRow {
  const others = (row.subscriptionsJson ?? []).filter((s) => s.id !== subscription.id);
  return { ...row, subscriptionsJson: [...others, subscription] };
}
