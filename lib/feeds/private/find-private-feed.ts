import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { privateFeedTokens } from "@/db/schema";
import { hashPrivateFeedToken, privateFeedPath, privateFeedToken } from "./private-feed-token";

/** A member's current private feed address (path) and when it was made, or null when they have none. */
export async function findPrivateFeed(db: Database, options: { userId: string; secret: string }): Promise<{ path: string; createdAt: Date } | null> {
  const [row] = await db.select().from(privateFeedTokens).where(eq(privateFeedTokens.userId, options.userId)).limit(1);
  if (!row) return null;
  const token = privateFeedToken(row.nonce, options.secret);
  // Made under another AUTH_SECRET: that address no longer opens anything; the member regenerates.
  if (hashPrivateFeedToken(token) !== row.tokenHash) return null;
  return { path: privateFeedPath(token), createdAt: row.createdAt };
}
