import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedStatement } from "@/db/prepared-statement";
import { sessions, users } from "@/db/schema";
import type { Role, Viewer } from "@/lib/access/types";
import { isWellFormedSessionToken } from "./session-cookie";
import { ccapsOf, entitlementColumns, grantsOf, type EntitlementRow } from "@/lib/members/member-grants";
import { memberOrganisationsColumn, organisationsOf } from "@/lib/access/organisation/member-organisations";

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

type Row = EntitlementRow & {
  sessionId: string;
  userId: string;
  email: string | null;
  name: string | null;
  role: Role;
  lastSeenAt: Date;
  organisationsJson: Parameters<typeof organisationsOf>[0];
};

// Asked on every signed-in request: built once, sent prepared (see db/prepared-statement).
const viewerBySessionToken = preparedStatement((db) =>
  db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      lastSeenAt: sessions.lastSeenAt,
      ...entitlementColumns(),
      organisationsJson: memberOrganisationsColumn(),
    })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(and(eq(sessions.sessionToken, sql.placeholder("token")), gt(sessions.expires, sql.placeholder("now"))))
    .limit(1)
    .prepare("lede_viewer_by_session_token"),
);

/**
 * The member behind a session token and everything they are entitled to, in one query.
 * Null for an unknown, revoked or expired session.
 */
export async function loadViewer(db: Database, token: string, now: Date): Promise<SignedInMember | null> {
  const [row] = (await viewerBySessionToken(db).execute({ token, now: now.toISOString() })) as Row[];
  if (!row) return null;

  return {
    viewer: { kind: "member", id: row.userId, role: row.role, grants: grantsOf(row), organisations: organisationsOf(row.organisationsJson) },
    sessionId: row.sessionId,
    lastSeenAt: row.lastSeenAt,
    email: row.email,
    name: row.name,
    level: row.level,
    compLevel: row.compLevel,
    compUntil: row.compUntil,
    ccaps: ccapsOf(row),
  };
}

/**
 * The member of a request's session token (none for an empty one), their session marked
 * as seen when due: what every request that reads the session does.
 */
export async function loadSessionMember(db: Database, token: string, options: { now: Date; userAgent: string | null }): Promise<SignedInMember | null> {
  if (!token || !isWellFormedSessionToken(token)) return null;
  const member = await loadViewer(db, token, options.now);
  if (member) await touchSessionIfStale(db, token, member, options);
  return member;
}

const TOUCH_EVERY_MS = 5 * 60_000;

/** Marks the session as seen when it was last marked more than five minutes ago. */
export async function touchSessionIfStale(
  db: Database,
  token: string,
  member: SignedInMember,
  options: { now: Date; userAgent: string | null },
): Promise<void> {
  if (options.now.getTime() - member.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(db, token, options);
}

/** Marks a session as seen, at most every five minutes (so reads stay reads). */
export async function touchSession(db: Database, token: string, options: { now: Date; userAgent: string | null }): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: options.now, userAgent: sql`coalesce(${sessions.userAgent}, ${options.userAgent?.slice(0, 300) ?? null})` })
    .where(and(eq(sessions.sessionToken, token), sql`${sessions.lastSeenAt} < ${new Date(options.now.getTime() - 5 * 60_000).toISOString()}::timestamptz`));
}
