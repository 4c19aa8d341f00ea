import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { privateFeedTokens, users } from "@/db/schema";
import type { Viewer } from "@/lib/access/types";
import { entitlementColumns, grantsOf, type EntitlementRow } from "@/lib/members/member-grants";
import { hashPrivateFeedToken, isWellFormedPrivateFeedToken } from "./private-feed-token";

export interface PrivateFeedReader {
  viewer: Extract<Viewer, { kind: "member" }>;
  name: string | null;
}

/**
 * The member a private feed token belongs to, with everything they are entitled to as of
 * now (one query): null for a malformed, unknown or replaced token.
 */
export async function loadPrivateFeedReader(db: Database, token: string): Promise<PrivateFeedReader | null> {
  if (!isWellFormedPrivateFeedToken(token)) return null;
  const [row] = (await db
    .select({ userId: users.id, role: users.role, name: users.name, ...entitlementColumns() })
    .from(privateFeedTokens)
    .innerJoin(users, eq(privateFeedTokens.userId, users.id))
    .where(eq(privateFeedTokens.tokenHash, hashPrivateFeedToken(token)))
    .limit(1)) as (EntitlementRow & { userId: string; role: PrivateFeedReader["viewer"]["role"]; name: string | null })[];
  if (!row) return null;
  return { viewer: { kind: "member", id: row.userId, role: row.role, grants: grantsOf(row) }, name: row.name };
}
