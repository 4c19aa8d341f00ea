import { and, desc, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, checkoutAttributions } from "@/db/schema";

export interface ArticleConversions {
  articleId: number;
  slug: string;
  title: string;
  /** Accounts created from the article's paywall (or from /subscribe with it as `from`). */
  signups: number;
  /** Subscriptions started from a checkout that carried the article. */
  subscriptions: number;
  /** Of those subscriptions, the ones whose reader came through a gift link (a gift conversion). */
  giftConversions: number;
}

/**
 * Which paywalls sell: per article, the sign-ups and subscriptions attributed to it in
 * [from, to), most subscriptions first. Attributions whose article was deleted are left out.
 */
export async function listConversionsByArticle(db: Database, range: { from: Date; to: Date }): Promise<ArticleConversions[]> {
  const a = checkoutAttributions;
  const count = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;
  const subscriptionsCount = count(sql`${a.event} = 'subscribed'`);
  return db
    .select({
      articleId: articles.id,
      slug: articles.slug,
      title: articles.title,
      signups: count(sql`${a.event} = 'signup'`),
      subscriptions: subscriptionsCount,
      giftConversions: count(sql`${a.event} = 'subscribed' and ${a.giftLinkId} is not null`),
    })
    .from(a)
    .innerJoin(articles, sql`${articles.id} = ${a.articleId}`)
    .where(and(isNotNull(a.articleId), gte(a.createdAt, range.from), lt(a.createdAt, range.to)))
    .groupBy(articles.id, articles.slug, articles.title)
    .orderBy(desc(subscriptionsCount), desc(count(sql`${a.event} = 'signup'`)), articles.id);
}
