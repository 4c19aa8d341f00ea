import { and, asc, count, eq, exists, gt, gte, ilike, isNull, lt, notExists, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberCcaps, memberLabels, sessions, subscriptions, users } from "@/db/schema";
import type { MemberQuery } from "./member-query";
import { isVerifiedSql } from "./load-member-target";

export interface MemberRow {
  id: string;
  email: string | null;
  name: string | null;
  role: string;
  /** Whether the owner proved the address (an e-mail link or code); a password sign-up does not. */
  isVerified: boolean;
  level: number;
  compLevel: number | null;
  compUntil: Date | null;
  ccaps: { name: string; expiresAt: string | null }[];
  planStatus: string | null;
  createdAt: Date;
}

export const MEMBER_PAGE_SIZE = 50;

function conditions(db: Database, q: MemberQuery, now: Date): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (q.q) {
    const term = `%${q.q.replace(/[%_\\]/g, "\\$&")}%`;
    c.push(or(ilike(users.email, term), ilike(users.name, term)));
  }
  if (q.level !== undefined) c.push(eq(users.level, q.level));
  if (q.role) c.push(eq(users.role, q.role));
  if (q.ccap) {
    const live = or(isNull(memberCcaps.expiresAt), gt(memberCcaps.expiresAt, now));
    c.push(exists(db.select({ one: sql`1` }).from(memberCcaps).where(and(eq(memberCcaps.userId, users.id), eq(memberCcaps.ccap, q.ccap), live))));
  }
  if (q.plan === "none") c.push(notExists(db.select({ one: sql`1` }).from(subscriptions).where(eq(subscriptions.userId, users.id))));
  else if (q.plan) c.push(exists(db.select({ one: sql`1` }).from(subscriptions).where(and(eq(subscriptions.userId, users.id), eq(subscriptions.status, q.plan)))));
  if (q.label) c.push(exists(db.select({ one: sql`1` }).from(memberLabels).where(and(eq(memberLabels.userId, users.id), eq(memberLabels.label, q.label)))));
  if (q.planId) c.push(exists(db.select({ one: sql`1` }).from(subscriptions).where(and(eq(subscriptions.userId, users.id), eq(subscriptions.planId, q.planId)))));
  if (q.joinedFrom) c.push(gte(users.createdAt, startOfDay(q.joinedFrom)));
  if (q.joinedTo) c.push(lt(users.createdAt, startOfDay(q.joinedTo, 1)));
  // Last seen: the latest use of any of the member's sessions (none: never matches a date).
  const lastSeen = sql`(select max(${sessions.lastSeenAt}) from ${sessions} where ${sessions.userId} = ${users.id})`;
  if (q.seenFrom) c.push(sql`${lastSeen} >= ${startOfDay(q.seenFrom).toISOString()}::timestamptz`);
  if (q.seenTo) c.push(sql`${lastSeen} < ${startOfDay(q.seenTo, 1).toISOString()}::timestamptz`);
  return and(...c);
}

/** The start of a UTC day given as YYYY-MM-DD, `plusDays` later. */
function startOfDay(day: string, plusDays = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000);
}

/** Members matching the filters, by e-mail; `limit` null returns them all (for the CSV export). */
export async function searchMembers(db: Database, q: MemberQuery, options: { now: Date; limit: number | null }): Promise<{ rows: MemberRow[]; total: number }> {
  const where = conditions(db, q, options.now);
  const base = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      isVerified: isVerifiedSql(),
      level: users.level,
      compLevel: users.compLevel,
      compUntil: users.compUntil,
      createdAt: users.createdAt,
      ccaps: sql<MemberRow["ccaps"]>`coalesce((select json_agg(json_build_object('name', ${memberCcaps.ccap}, 'expiresAt', ${memberCcaps.expiresAt}) order by ${memberCcaps.ccap}) from ${memberCcaps} where ${memberCcaps.userId} = ${users.id}), '[]'::json)`,
      planStatus: sql<string | null>`(select ${subscriptions.status} from ${subscriptions} where ${subscriptions.userId} = ${users.id} order by ${subscriptions.syncedAt} desc limit 1)`,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.email));
  const rows = options.limit === null ? await base : await base.limit(options.limit).offset((q.page - 1) * options.limit);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { rows, total: total?.n ?? 0 };
}
