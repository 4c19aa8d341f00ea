import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, giftLinks } from "@/db/schema";

/**
 * Counts one open of a gift link and reads the gated part it opened, in one statement (a
 * gift read is one round-trip shorter so). Call only after decideAccess allowed the read by it.
 */
export async function countGiftOpen(db: Database, giftId: number, articleId: number): Promise<string> {
  const [row] = await db
    .update(giftLinks)
    .set({ opens: sql`${giftLinks.opens} + 1` })
    .where(eq(giftLinks.id, giftId))
    .returning({ html: sql<string>`(select ${articles.gatedHtml} from ${articles} where ${articles.id} = ${articleId})` });
  return row?.html ?? "";
}
