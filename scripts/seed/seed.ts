import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles, authors, categories, ccapCatalogue, planPrices, plans, readAlso, seedMarker, tags } from "@/db/schema";
import { articlesA } from "./seed-data/articles-a";
import { articlesB } from "./seed-data/articles-b";
import { articlesFr } from "./seed-data/articles-fr";
import { authors as seedAuthors } from "./seed-data/authors";
import { categories as seedCategories } from "./seed-data/categories";
import { tags as seedTags } from "./seed-data/tags";
import type { SeedArticle } from "./seed-data/types";
import { seedDemoAccounts } from "./seed-demo-accounts";
import { writeArticle } from "@/lib/articles/write-article";
import { DEFAULT_SETTINGS } from "@/lib/settings/settings";

export const demoArticles: SeedArticle[] = [...articlesA, ...articlesB, ...articlesFr];

function idOf(map: Map<string, number>, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Seed data names an unknown ${what}: ${slug}`);
  return id;
}

/**
 * Loads the demo newsroom into an empty database. Runs once: a marker row makes later
 * starts leave the data (and editors' changes) alone.
 */
export async function seedDatabase(db: Database, options: { demoAccounts: boolean }): Promise<"seeded" | "already-seeded"> {
  const [marker] = await db.select().from(seedMarker).where(eq(seedMarker.id, 1));
  if (marker) return "already-seeded";

  await db.insert(ccapCatalogue).values([
    { name: "dossier_libya", label: "The Libya dossier", description: "The Libya dossier: long-form investigations on Libya's security forces and oil revenues." },
    { name: "pdf_edition", label: "The PDF edition", description: "The monthly PDF edition and its special reports." },
  ]);

  // Demo plans. Their price ids work in test mode; with Stripe keys, editors link real prices.
  const demoPlans = await db
    .insert(plans)
    .values([
    { name: "Reader", description: "All our reporting for subscribers.", benefits: ["Every Reader article", "The weekly Brussels briefing"], level: 1, amount: 900, currency: "eur", interval: "month", stripePriceId: "price_demo_reader_monthly", position: 1 },
    { name: "Premium", description: "Analysis and data behind the news.", benefits: ["Everything in Reader", "Premium analysis and data pieces"], level: 2, amount: 1600, currency: "eur", interval: "month", trialDays: 7, stripePriceId: "price_demo_premium_monthly", position: 2 },
    { name: "Insider", description: "For professionals who follow European security for a living.", benefits: ["Everything in Premium", "Insider reports"], level: 3, amount: 24000, currency: "eur", interval: "year", stripePriceId: "price_demo_insider_yearly", position: 3 },
    { name: "Libya dossier", description: "Reader access plus the Libya dossier investigations.", benefits: ["Everything in Reader", "The Libya dossier"], level: 1, ccaps: ["dossier_libya"], amount: 1200, currency: "eur", interval: "month", stripePriceId: "price_demo_libya_dossier_monthly", position: 4 },
  ])
    .returning();
  await db.insert(planPrices).values(demoPlans.map((p) => ({ stripePriceId: p.stripePriceId!, planId: p.id, amount: p.amount, currency: p.currency, interval: p.interval })));

  const authorIds = new Map<string, number>();
  for (const a of seedAuthors) {
    const [row] = await db.insert(authors).values(a).returning({ id: authors.id });
    authorIds.set(a.slug, row!.id);
  }
  const categoryIds = new Map<string, number>();
  for (const [position, c] of seedCategories.entries()) {
    const parentId = c.parent ? idOf(categoryIds, c.parent, "parent category") : null;
    const [row] = await db
      .insert(categories)
      .values({ slug: c.slug, name: c.name, description: c.description, parentId, position })
      .returning({ id: categories.id });
    categoryIds.set(c.slug, row!.id);
  }
  const tagIds = new Map<string, number>();
  for (const t of seedTags) {
    const [row] = await db.insert(tags).values(t).returning({ id: tags.id });
    tagIds.set(t.slug, row!.id);
  }

  const articleIds = new Map<string, number>();
  for (const a of demoArticles) {
    const { id } = await writeArticle(
      db,
      {
        slug: a.slug,
        title: a.title,
        standfirst: a.standfirst,
        bodyMarkdown: a.body,
        heroImage: a.hero.image,
        heroAlt: a.hero.alt,
        heroCaption: a.hero.caption,
        heroCredit: a.hero.credit,
        status: "published",
        publishedAt: new Date(a.publishedAt),
        updatedAt: new Date(a.updatedAt ?? a.publishedAt),
        requirement: a.access.kind === "public" ? { level: null, ccaps: [] } : { level: a.access.level, ccaps: a.access.ccaps ?? [] },
        authorIds: a.authors.map((s) => idOf(authorIds, s, "author")),
        categoryIds: a.categories.map((s) => idOf(categoryIds, s, "category")),
        tagIds: a.tags.map((s) => idOf(tagIds, s, "tag")),
        readAlsoIds: [],
      },
      { teaserParagraphs: DEFAULT_SETTINGS.teaserParagraphs },
    );
    articleIds.set(a.slug, id);
  }
  // Each demo piece names its language: the English ones stay English if the site is switched to French.
  for (const a of demoArticles) {
    const translationOf = a.translationOf ? idOf(articleIds, a.translationOf, "article") : null;
    await db.update(articles).set({ language: a.language ?? "en", translationOf }).where(eq(articles.id, idOf(articleIds, a.slug, "article")));
  }
  // Read-also links may point forward in the list, so they go in once every article exists.
  for (const a of demoArticles) {
    const links = (a.readAlso ?? []).filter((s) => articleIds.has(s) && s !== a.slug);
    if (links.length === 0) continue;
    await db.insert(readAlso).values(
      links.map((s, position) => ({ articleId: idOf(articleIds, a.slug, "article"), targetId: idOf(articleIds, s, "article"), position })),
    );
  }

  if (options.demoAccounts) await seedDemoAccounts(db, { authorIds });
  await db.insert(seedMarker).values({ id: 1, demoAccounts: options.demoAccounts });
  return "seeded";
}
