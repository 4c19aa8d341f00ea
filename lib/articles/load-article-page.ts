import type { Database } from "@/db/client";
import { loadOfferCatalogue, type OfferCatalogue } from "@/lib/billing/offer/offer-catalogue";
import { getSettings, type Settings } from "@/lib/settings/settings";
import type { ArticleCard } from "./article-card";
import { getArticle, type ArticleView } from "./get-article";
import { getReadAlso } from "./read-also";

export interface ArticlePageData {
  view: ArticleView;
  readAlso: ArticleCard[];
  settings: Settings;
  /** The plans on offer and the capabilities' labels, for the paywall box (the same for every reader). */
  offers: OfferCatalogue;
}

/** Everything an article page shows around the body: teaser columns only, never the gated part. */
export async function loadArticlePage(
  db: Database,
  slug: string,
  options: { now: Date; includeUnpublished?: boolean },
): Promise<ArticlePageData | null> {
  const view = await getArticle(db, slug, options);
  if (!view) return null;
  const [readAlso, settings, offers] = await Promise.all([
    getReadAlso(db, { id: view.id, categoryIds: view.categoryIds, tagIds: view.tags.map((t) => t.id) }, { now: options.now, limit: 3 }),
    getSettings(db),
    loadOfferCatalogue(db),
  ]);
  return { view, readAlso, settings, offers };
}
