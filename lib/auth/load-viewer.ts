import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberCcaps, sessions, users } from "@/db/schema";
import type { Grant, Role, Viewer } from "@/lib/access/types";

export interface SignedInMember {
  viewer: Extract<Viewer, { kind: "member" }>;
  sessionId: string;
  lastSeenAt: Date;
  email: string | null;
  name: string | null;
  level: number;
  compLevel: number | null;
  compUntil: Date | null;
  ccaps: { name: string; expiresAt: Date | null }[];
}

interface Row {
  sessionId: string;
  userId: string;
  email: string | null;
  name: string | null;
  role: Role;
  level: number;
  compLevel: number | null;
  compUntil: Date | null;
  lastSeenAt: Date;
  ccaps: { name: string; expiresAt: string | null }[] | null;
}

/**
 * The member behind a session token and everything they are entitled to, in one query.
 * Null for an unknown, revoked or expired session.
 */
export async function loadViewer(db: Database, token: string, now: Date): Promise<SignedInMember | null> {
  const [row] = (await db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      level: users.level,
      compLevel: users.compLevel,
      compUntil: users.compUntil,
      lastSeenAt: sessions.lastSeenAt,
      ccaps: sql<Row["ccaps"]>`(select json_agg(json_build_object('name', ${memberCcaps.ccap}, 'expiresAt', ${memberCcaps.expiresAt})) from ${memberCcaps} where ${memberCcaps.userId} = ${users.id})`,
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(and(eq(sessions.sessionToken, token), gt(sessions.expires, now)))
    .limit(1)) as Row[];
  if (!row) return null;

  const ccaps = (row.ccaps ?? []).map((c) => ({ name: c.name, expiresAt: c.expiresAt ? new Date(c.expiresAt) : null }));
  const grants: Grant[] = [
    { source: "account", level: row.level, ccaps: [], until: null },
    ...ccaps.map((c): Grant => ({ source: "editor", level: null, ccaps: [c.name], until: c.expiresAt })),
  ];
  if (row.compLevel !== null && row.compUntil) grants.push({ source: "complimentary", level: row.compLevel, ccaps: [], until: row.compUntil });
  return {
    viewer: { kind: "member", id: row.userId, role: row.role, grants },
    sessionId: row.sessionId,
    lastSeenAt: row.lastSeenAt,
    email: row.email,
    name: row.name,
    level: row.level,
    compLevel: row.compLevel,
    compUntil: row.compUntil,
    ccaps,
  };
}

/** Marks a session as seen, at most every five minutes (so reads stay reads). */
export async function touchSession(db: Database, token: string, options: { now: Date; userAgent: string | null }): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: options.now, userAgent: sql`coalesce(${sessions.userAgent}, ${options.userAgent?.slice(0, 300) ?? null})` })
    .where(and(eq(sessions.sessionToken, token), sql`${sessions.lastSeenAt} < ${new Date(options.now.getTime() - 5 * 60_000).toISOString()}::timestamptz`));
}
