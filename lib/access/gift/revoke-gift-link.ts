import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { giftLinks } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * The giver ends one of their gift links (another member's link is answered as not found), or
 * an editor ends a publisher link (`giverId: null`: any editor may).
 */
export async function revokeGiftLink(db: Database, options: { giverId: string | null; id: number; now: Date }): Promise<void> {
  const mine = and(eq(giftLinks.id, options.id), options.giverId === null ? eq(giftLinks.kind, "publisher") : eq(giftLinks.giverId, options.giverId));
  const [revoked] = await db.update(giftLinks).set({ revokedAt: options.now }).where(and(mine, isNull(giftLinks.revokedAt))).returning({ id: giftLinks.id });
  if (revoked) return;
  const [exists] = await db.select({ id: giftLinks.id }).from(giftLinks).where(mine);
  if (!exists) throw new AppError("NOT_FOUND", "That gift link does not exist.");
}
