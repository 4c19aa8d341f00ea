import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/db/test-database";
import { demoArticles, seedDatabase } from "@/scripts/seed/seed";
import { articles, categories, users } from "@/db/schema";
import type { Database } from "@/db/client";
import { getArticle } from "./get-article";
import { countArticles, listArticles } from "./list-articles";
import { listPage } from "./list-page";
import { loadGatedHtml } from "./load-gated-html";
import { getReadAlso } from "./read-also";
import { writeArticle } from "./write-article";
import { refreshEffectiveRequirements } from "./refresh-effective-requirements";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  expect(await seedDatabase(db, { demoAccounts: true })).toBe("seeded");
});
afterAll(async () => drop());

describe("seed", () => {
  it("runs once: a second run leaves the data alone", async () => {
    await db.update(articles).set({ title: "Edited by an editor" }).where(eq(articles.slug, demoArticles[0]!.slug));
    expect(await seedDatabase(db, { demoAccounts: true })).toBe("already-seeded");
    const [row] = await db.select({ title: articles.title }).from(articles).where(eq(articles.slug, demoArticles[0]!.slug));
    expect(row?.title).toBe("Edited by an editor");
  });

  it("creates the demo newsroom and an account per level", async () => {
    expect((await db.select().from(articles)).length).toBe(demoArticles.length);
    expect(demoArticles.length).toBeGreaterThanOrEqual(30);
    const levels = (await db.select({ level: users.level }).from(users)).map((u) => u.level);
    for (const l of [0, 1, 2, 3, 4]) expect(levels).toContain(l);
  });
});

describe("article queries", () => {
  const gated = demoArticles.find((a) => a.access.kind === "level" && a.access.level === 1 && !a.access.ccaps)!;

  it("getArticle returns the teaser and the effective requirement, never the gated part", async () => {
    const view = await getArticle(db, gated.slug, { now });
    expect(view).not.toBeNull();
    expect(view!.requirement).toEqual({ level: 1, ccaps: [] });
    expect(view!.hasGatedPart).toBe(true);
    expect(view!.teaserHtml.length).toBeGreaterThan(100);
    const gatedHtml = await loadGatedHtml(db, view!.id);
    expect(gatedHtml.length).toBeGreaterThan(100);
    expect(JSON.stringify(view)).not.toContain(gatedHtml.slice(0, 80));
    expect(view!.categoryPath.length).toBeGreaterThan(0);
    expect(view!.authors[0]!.bio.length).toBeGreaterThan(20);
  });

  it("hides drafts and scheduled pieces from readers", async () => {
    const { id } = await writeArticle(
      db,
      { slug: "scheduled-piece", title: "Later", standfirst: "", bodyMarkdown: "Body.", heroImage: null, heroAlt: "", heroCaption: "", heroCredit: "", status: "published", publishedAt: new Date("2026-12-01T00:00:00Z"), requirement: { level: null, ccaps: [] }, authorIds: [], categoryIds: [], tagIds: [], readAlsoIds: [] },
      { teaserParagraphs: 3 },
    );
    expect(await getArticle(db, "scheduled-piece", { now })).toBeNull();
    expect(await getArticle(db, "scheduled-piece", { now: new Date("2026-12-02T00:00:00Z") })).not.toBeNull();
    expect((await getArticle(db, "scheduled-piece", { now, includeUnpublished: true }))?.isPublished).toBe(false);
    await db.delete(articles).where(eq(articles.id, id));
  });

  it("lists a parent category with its children's articles, newest first", async () => {
    const tree = await loadCategoryTree(db);
    const northAfrica = tree.bySlug.get("north-africa")!;
    const filter = { categoryIds: tree.descendantIds(northAfrica.id) };
    const cards = await listArticles(db, { filter, limit: 50, offset: 0, now });
    expect(cards.length).toBeGreaterThan(3);
    expect(await countArticles(db, { filter, now })).toBe(cards.length);
    expect(cards.some((c) => c.category?.slug === "libya")).toBe(true);
    const dates = cards.map((c) => c.publishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("paginates and refuses pages past the end", async () => {
    const first = await listPage(db, { page: 1, now });
    expect(first!.cards.length).toBe(12);
    expect(first!.pages).toBe(Math.ceil(demoArticles.length / 12));
    expect(await listPage(db, { page: first!.pages + 1, now })).toBeNull();
  });

  it("fills read-also with related pieces when editors chose none", async () => {
    const view = (await getArticle(db, gated.slug, { now }))!;
    const related = await getReadAlso(db, { id: view.id, categoryIds: view.categoryIds, tagIds: view.tags.map((t) => t.id) }, { now, limit: 3 });
    expect(related.length).toBe(3);
    expect(related.map((r) => r.id)).not.toContain(view.id);
  });

  it("refuses a stale save", async () => {
    const view = (await getArticle(db, gated.slug, { now }))!;
    const [row] = await db.select().from(articles).where(eq(articles.id, view.id));
    const input = { slug: row!.slug, title: "v2", standfirst: row!.standfirst, bodyMarkdown: row!.bodyMarkdown, heroImage: row!.heroImage, heroAlt: "", heroCaption: "", heroCredit: "", status: "published" as const, publishedAt: row!.publishedAt, requirement: { level: 1, ccaps: [] }, authorIds: [], categoryIds: view.categoryIds, tagIds: [], readAlsoIds: [] };
    const saved = await writeArticle(db, input, { teaserParagraphs: 3, id: view.id, expectedVersion: row!.version });
    expect(saved.version).toBe(row!.version + 1);
    await expect(writeArticle(db, { ...input, title: "v3" }, { teaserParagraphs: 3, id: view.id, expectedVersion: row!.version })).rejects.toThrow(/changed by someone else/);
  });

  it("a category's requirement is inherited by its children's articles", async () => {
    const tree = await loadCategoryTree(db);
    const publicLibya = (await listArticles(db, { filter: { categoryIds: [tree.bySlug.get("libya")!.id] }, limit: 50, offset: 0, now })).find((c) => c.requirement.level === null);
    expect(publicLibya).toBeDefined();
    await db.update(categories).set({ reqLevel: 2 }).where(eq(categories.slug, "north-africa"));
    const changed = await refreshEffectiveRequirements(db);
    expect(changed).toContain(publicLibya!.id);
    expect((await getArticle(db, publicLibya!.slug, { now }))!.requirement.level).toBe(2);
  });
});
