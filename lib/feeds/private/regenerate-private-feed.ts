import type { Database } from "@/db/client";
import { privateFeedTokens } from "@/db/schema";
import { hashPrivateFeedToken, newPrivateFeedNonce, privateFeedPath, privateFeedToken } from "./private-feed-token";

/**
 * Gives a member a new private feed address, replacing the old one (which stops answering
 * at once: its hash is no longer stored). Returns the new address's path.
 */
export async function regeneratePrivateFeed(db: Database, options: { userId: string; secret: string; now: Date }): Promise<string> {
  const nonce = newPrivateFeedNonce();
  const token = privateFeedToken(nonce, options.secret);
  const row = { userId: options.userId, nonce, tokenHash: hashPrivateFeedToken(token), createdAt: options.now };
  await db.insert(privateFeedTokens).values(row).onConflictDoUpdate({ target: privateFeedTokens.userId, set: { nonce, tokenHash: row.tokenHash, createdAt: options.now } });
  return privateFeedPath(token);
}
