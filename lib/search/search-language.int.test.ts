import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { ANONYMOUS, type Viewer } from "@/lib/access/types";
import { setArticleLanguage } from "@/lib/admin/articles/article-language";
import { writeArticle, type ArticleInput } from "@/lib/articles/write-article";
import type { Locale } from "@/lib/i18n/locales";
import { seedDatabase } from "@/scripts/seed/seed";
import { searchArticles } from "./search-articles";
import { publishedArticle } from "./testing/published-article";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");
const subscriber: Viewer = { kind: "member", id: "00000000-0000-0000-0000-000000000000", role: "reader", grants: [{ source: "account", level: 2, ccaps: [], until: null }] };

const EUFOR = "eufor-althea-bosnie-renouvellement-mandat";
const MAURITANIA = "mauritanie-partenaire-discret-frontieres-ue";
const PROCUREMENT = "achats-communs-defense-europeenne-bilan";

const article = (slug: string, fields: Partial<ArticleInput> & { body: string }) => publishedArticle(slug, now, fields);

const search = (query: string, site: Locale, viewer: Viewer = ANONYMOUS) => searchArticles(db, { query, viewer, page: 1, now, site });
const slugs = async (query: string, site: Locale, viewer: Viewer = ANONYMOUS) => (await search(query, site, viewer)).hits.map((h) => h.slug);

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  // A French piece whose teaser is long: its snippet comes from the teaser's first 600 characters.
  const saved = await writeArticle(
    db,
    article("frontieres-longues", {
      title: "Les frontières orientales",
      body: `${"Les garde-côtes surveillent la côte atlantique chaque nuit. ".repeat(12)}Les frontières terrestres restent ouvertes.\n\nSuite réservée.`,
    }),
    { teaserParagraphs: 1 },
  );
  await setArticleLanguage(db, saved.id, { language: "fr" });
});
afterAll(async () => drop());

describe("search in the pieces' own languages", () => {
  it("finds the French demo pieces by French words, on a French site and on an English one", async () => {
    for (const site of ["fr", "en"] as const) {
      expect(await slugs("défense", site)).toContain(PROCUREMENT);
      // In the Mauritania piece, "frontières" is in the body: found for a reader who may read it.
      expect(await slugs("frontières", site, subscriber)).toContain(MAURITANIA);
      expect(await slugs("mandat renouvelé", site, subscriber)).toContain(EUFOR);
    }
  });

  it("stems a French piece the French way: other forms of the word find it too", async () => {
    // English stemming keeps "frontièr" for both, French makes "fronti"; a French piece only has the latter.
    const [row] = await db.select({ v: sql<string>`${articles.searchPublic}::text` }).from(articles).where(eq(articles.slug, "frontieres-longues"));
    expect(row!.v).toContain("'fronti'");
    expect(row!.v).not.toContain("'frontièr'");
    expect(await slugs("frontière", "fr")).toContain("frontieres-longues");
    expect(await slugs("frontières orientales", "fr")).toContain("frontieres-longues");
  });

  it("still finds English pieces with English stemming on a French site", async () => {
    const english = await slugs("sanctions", "en");
    expect(english.length).toBeGreaterThan(0);
    expect((await slugs("sanctions", "fr")).sort()).toEqual([...english].sort());
  });

  it("marks French words in a French piece's headlines, from the first 600 characters of its teaser", async () => {
    const hit = (await search("frontières", "fr")).hits.find((h) => h.slug === "frontieres-longues")!;
    const [row] = await db.select({ text: articles.snippetText }).from(articles).where(eq(articles.slug, "frontieres-longues"));
    expect(row!.text.length).toBeLessThanOrEqual(600);
    // Cut after a whole word, never inside one.
    expect(row!.text).toMatch(/(nuit\.|chaque|côte|atlantique|garde-côtes|surveillent|la|Les)$/);
    // The match is past the window: the snippet is the window's beginning, unmarked, and no more.
    expect(hit.snippet.filter((s) => s.marked)).toEqual([]);
    expect(hit.snippet.map((s) => s.text).join("")).not.toContain("terrestres");
    const [demo] = (await search("défense", "fr")).hits.filter((h) => h.slug === PROCUREMENT);
    expect(demo!.standfirst.length + demo!.snippet.length).toBeGreaterThan(0);
  });
});
