import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ccapCatalogue, entitlementHistory, memberCcaps, users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { sameEntitlements, summarizeEntitlements } from "@/lib/access/summarize-entitlements";
import type { Grant } from "@/lib/access/types";
import { withEntitlementHistory } from "@/lib/billing/record-entitlement-change";
import { count, notice, refuse, type ImportReport, type Outcome } from "./import-report";
import { saveMapping, sourceHash, type Mapping } from "./import-mappings";
import type { WpMember } from "./read-members-csv";
import { replayAccessCapTimes } from "./replay-access-cap-times";
import { roleToAccess } from "./role-to-access";
import type { MemberRows } from "./write-member-rows";

export interface MemberContext {
  known: Map<string, Mapping>;
  /** Every account's id by e-mail (loaded once: one query instead of one per member). */
  userIdByEmail: Map<string, string>;
  /** Capability names already in the catalogue. */
  knownCcaps: Set<string>;
  /** Where new members' rows wait for their batch's multi-row inserts (lib/import/write-member-rows). */
  bulk?: MemberRows;
  /** E-mails already met in this file: a second row with one is refused. */
  seen: Set<string>;
  /** Re-links a Stripe member (keys set) and says how it went; absent without keys. */
  relinkStripe?: (db: Database, userId: string, member: WpMember) => Promise<string>;
  report: ImportReport;
  now: Date;
}

const CCAP = /^[a-z][a-z0-9_]{0,49}$/;

/**
 * Imports one member of the s2Member export: account (no password: WordPress hashes are not
 * Lede's), level or staff role, ccaps, end of term as a dated grant, s2Member's history as
 * entitlement history rows, and the payment gateway's ids kept for the Stripe re-link.
 */
export async function importMember(db: Database, m: WpMember, ctx: MemberContext): Promise<Outcome> {
  const { report, now } = ctx;
  const key = m.email;
  const valid = emailSchema.safeParse(m.email);
  if (!valid.success) return (refuse(report, "member", m.login || `line ${m.line}`, `line ${m.line}: “${m.email}” is not an e-mail address`), "error");
  if (ctx.seen.has(key)) return (refuse(report, "member", m.email, `line ${m.line}: this e-mail appears twice in the file`), "error");
  ctx.seen.add(key);

  const access = roleToAccess(m.role);
  if (access.notice) notice(report, access.notice.kind, m.email, access.notice.message);
  const ccaps = m.ccaps.filter((c) => CCAP.test(c));
  for (const bad of m.ccaps.filter((c) => !CCAP.test(c))) notice(report, "invalid-ccap", m.email, `ccap “${bad}” is not a capability name: not imported`);
  const ended = m.eot !== null && m.eot <= now;
  // A Stripe member imported without keys is not "unchanged" once keys are set: the re-link is due.
  const relink = Boolean(ctx.relinkStripe) && m.gateway === "stripe";
  const hash = sourceHash({ ...m, line: 0, ccaps, relink });
  const mapped = ctx.known.get(key);
  if (mapped?.sourceHash === hash) return (count(report, "member", "unchanged"), "unchanged");

  const level = access.level ?? 0;
  // A stored end of term becomes a dated grant; without one the level is the account's own.
  const dated = m.eot !== null && level > 0;
  const state = { name: m.name || m.login || null, role: access.role, level: dated ? 0 : level, compLevel: dated ? level : null, compUntil: dated ? m.eot : null };
  for (const name of ccaps.filter((c) => !ctx.knownCcaps.has(c))) {
    await db.insert(ccapCatalogue).values({ name, description: "Imported from s2Member" }).onConflictDoNothing();
    ctx.knownCcaps.add(name);
  }
  const ccapRows = (userId: string) => ccaps.map((ccap) => ({ userId, ccap, expiresAt: m.eot }));

  let userId = mapped?.ledeId ?? ctx.userIdByEmail.get(m.email);
  const created = !userId;
  // A new member whose account nothing else needs at once is written with its batch (a few
  // multi-row inserts for a hundred members); the Stripe re-link needs the row at once.
  const bulk = created && !relink ? ctx.bulk : undefined;
  if (!userId) {
    // A new account: its state and history are known here, so they are written, not read back.
    const id = crypto.randomUUID();
    userId = id;
    ctx.userIdByEmail.set(m.email, id);
    const grants: Grant[] = [
      { source: "account", level: state.level, ccaps: [], until: null },
      ...ccaps.map((c): Grant => ({ source: "editor", level: null, ccaps: [c], until: m.eot })),
      ...(state.compLevel !== null ? [{ source: "complimentary", level: state.compLevel, ccaps: [], until: state.compUntil } satisfies Grant] : []),
    ];
    const before = { level: 0, ccaps: [] };
    const after = summarizeEntitlements(grants, now);
    // s2Member's own record of what the member gained and lost, before Lede knew them, then the import.
    const history = [
      ...replayAccessCapTimes(m).map((h) => ({ ...h, userId: id })),
      ...(sameEntitlements(before, after) ? [] : [{ userId: id, fromLevel: 0, toLevel: after.level, fromCcaps: [], toCcaps: after.ccaps, cause: "wordpress-import", createdAt: now }]),
    ];
    const rows = { user: { id, email: m.email, ...state, createdAt: m.registered ?? now }, ccaps: ccapRows(id), history };
    if (bulk) {
      bulk.users.push(rows.user);
      bulk.ccaps.push(...rows.ccaps);
      bulk.history.push(...rows.history);
    } else {
      // In a savepoint: a member that fails rolls back alone, the batch goes on.
      await db.transaction(async (sp) => {
        await sp.insert(users).values(rows.user);
        if (rows.ccaps.length) await sp.insert(memberCcaps).values(rows.ccaps);
        if (rows.history.length) await sp.insert(entitlementHistory).values(rows.history);
      });
    }
  } else {
    const id = userId;
    await db.transaction((sp) =>
      withEntitlementHistory(sp, { userId: id, cause: "wordpress-import", now }, async () => {
        await sp.update(users).set(state).where(eq(users.id, id));
        if (ccaps.length) {
          await sp.insert(memberCcaps).values(ccapRows(id)).onConflictDoUpdate({ target: [memberCcaps.userId, memberCcaps.ccap], set: { expiresAt: m.eot } });
        }
      }),
    );
  }
  const id = userId;

  const detail = { login: m.login, gateway: m.gateway, subscrId: m.subscrId, customerId: m.customerId, notes: m.notes };
  if (m.gateway === "stripe" && m.customerId.startsWith("cus_")) {
    if (ctx.relinkStripe) notice(report, "stripe-relinked", m.email, await ctx.relinkStripe(db, id, m));
    else notice(report, "stripe-relink-pending", m.email, `${m.customerId} ${m.subscrId}: re-linked when the import runs with Stripe keys`);
  } else if (m.gateway && m.gateway !== "stripe" && access.level && access.level > 0) {
    const until = m.eot ? `until ${m.eot.toISOString().slice(0, 10)}, then offered a Stripe checkout` : "with no stored end of term: review";
    notice(report, "other-gateway", m.email, `${m.gateway} ${m.subscrId}: level ${access.level} kept ${until}`);
  }
  if (ended && access.level) notice(report, "ended-term", m.email, `end of term ${m.eot!.toISOString().slice(0, 10)} has passed: the member reads as level 0`);
  const mapping = { ledeId: id, sourceHash: hash, ledeVersion: null, detail };
  if (bulk) bulk.mappings.push({ kind: "member", wpKey: key, ...mapping, importedAt: now });
  else await saveMapping(db, "member", key, mapping, now);
  const outcome = created ? "created" : "updated";
  count(report, "member", outcome);
  return outcome;
}
