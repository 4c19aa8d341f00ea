import type { Database } from "@/db/client";
import { articles, newsletterOptIns, newsletters, users } from "@/db/schema";

/** The gated sentence no teaser-only copy may contain. */
export const GATED_SENTENCE = "The minister confirmed the secret convoy left Misrata at dawn.";

/** A newsletter, a gated level-2 piece, and members of level 0 and 2 who opted in (integration tests). */
export async function seedNewsletterFixture(db: Database, tag: string, now: Date) {
  const [newsletter] = await db.insert(newsletters).values({ name: `Briefing ${tag}`, cadence: "per-article" }).returning();
  const [article] = await db
    .insert(articles)
    .values({ slug: `convoy-${tag}`, title: `Convoy ${tag}`, standfirst: "A standfirst.", teaserHtml: "<p>The teaser paragraph anyone may read.</p>", gatedHtml: `<p>${GATED_SENTENCE}</p>`, status: "published", publishedAt: new Date(now.getTime() - 60_000), reqLevel: 2, effReqLevel: 2 })
    .returning({ id: articles.id });
  const free = await member(db, `free-${tag}@readers.example`, 0);
  const premium = await member(db, `premium-${tag}@readers.example`, 2);
  await db.insert(newsletterOptIns).values([free, premium].map((userId) => ({ userId, newsletterId: newsletter!.id })));
  return { newsletter: newsletter!, articleId: article!.id, free, premium };
}

export async function member(db: Database, email: string, level: number): Promise<string> {
  const [row] = await db.insert(users).values({ email, name: email.split("@")[0], level }).returning({ id: users.id });
  return row!.id;
}
