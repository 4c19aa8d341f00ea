import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articleCategories, articles, articleTags, auditLog, categories, tags, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { findSectionRedirect } from "@/lib/taxonomy/find-section-redirect";
import { seedDatabase } from "@/scripts/seed/seed";
import { deleteSection } from "./delete-section";
import { mergeSections } from "./merge-sections";
import { saveSection } from "./save-section";

let db: Database;
let drop: () => Promise<void>;
let actorId: string;

const categoryId = async (slug: string) => (await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)))[0]!.id;
const tagId = async (slug: string) => (await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)))[0]!.id;
const categoryRow = async (slug: string) => (await db.select().from(categories).where(eq(categories.slug, slug)))[0];
const tagArticles = async (id: number) => (await db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, id))).map((r) => r.id).sort();
const redirectOf = (kind: "category" | "tag", slug: string, page = 1) => findSectionRedirect(db, { kind, slug, page });

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  actorId = (await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@meridian.example")))[0]!.id;
});
afterAll(async () => drop());

describe("creating and renaming sections", () => {
  it("creates a subcategory with a description and a requirement, and a tag with a description", async () => {
    const parentId = await categoryId("regions");
    const saved = await saveSection(db, { actorId, kind: "category", input: { name: "Baltic States", description: "The Baltic rim.", parentId: String(parentId), position: "3", requirement: { level: "2", ccaps: [] } } });
    expect(await categoryRow("baltic-states")).toMatchObject({ id: saved.id, parentId, position: 3, description: "The Baltic rim.", reqLevel: 2 });
    expect(saved.tags).toEqual([ALL_PAGES_TAG]);
    const tag = await saveSection(db, { actorId, kind: "tag", input: { name: "Arctic", description: "The High North." } });
    expect((await db.select().from(tags).where(eq(tags.id, tag.id)))[0]).toMatchObject({ slug: "arctic", description: "The High North.", reqLevel: null });
    expect(tag.tags).toContain("listing:tags/arctic");
  });

  it("words its answers in the newsroom's language: English by default, French when asked", async () => {
    const english = await saveSection(db, { actorId, kind: "tag", input: { name: "Svalbard" } });
    expect(english.message).toBe("Saved tag “Svalbard”.");
    const french = await saveSection(db, { actorId, kind: "category", input: { name: "Arctique" }, locale: "fr" });
    expect(french.message).toBe("Rubrique « Arctique » enregistrée.");
    const deleted = await deleteSection(db, { actorId, kind: "tag", id: english.id, locale: "fr" });
    expect(deleted.message).toBe("Mot-clé « Svalbard » supprimé.");
  });

  it("refuses a taken slug, an unknown capability and a category inside its own subcategory", async () => {
    await expect(saveSection(db, { actorId, kind: "tag", input: { name: "Nato again", slug: "nato" } })).rejects.toMatchObject({ fieldErrors: { slug: "Already used by NATO." } });
    await expect(saveSection(db, { actorId, kind: "tag", input: { name: "X", requirement: { level: "1", ccaps: ["no_such_cap"] } } })).rejects.toMatchObject({ fieldErrors: { "requirement.ccaps": expect.stringContaining("Unknown capability") } });
    const regions = await categoryRow("regions");
    await expect(saveSection(db, { actorId, kind: "category", id: regions!.id, input: { name: "Regions", slug: "regions", parentId: String(await categoryId("libya")) } })).rejects.toMatchObject({ fieldErrors: { parentId: expect.stringContaining("inside itself") } });
    await expect(saveSection(db, { actorId, kind: "category", id: 999_999, input: { name: "Gone" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a renamed category keeps its old address answering with a redirect, chains collapse, and renaming back needs none", async () => {
    const id = await categoryId("tunisia");
    const parentId = (await categoryRow("tunisia"))!.parentId;
    const rename = (slug: string) => saveSection(db, { actorId, kind: "category", id, input: { name: "Tunisia", slug, description: "d", parentId: String(parentId) } });
    const saved = await rename("tunisia-politics");
    expect(saved.message).toContain("/categories/tunisia now redirects to /categories/tunisia-politics");
    expect(await redirectOf("category", "tunisia")).toBe("/categories/tunisia-politics");
    expect(await redirectOf("category", "tunisia", 3)).toBe("/categories/tunisia-politics/page/3");
    expect(await redirectOf("tag", "tunisia")).toBeNull();
    await rename("tunis");
    expect(await redirectOf("category", "tunisia")).toBe("/categories/tunis");
    expect(await redirectOf("category", "tunisia-politics")).toBe("/categories/tunis");
    await rename("tunisia");
    expect(await redirectOf("category", "tunisia")).toBeNull();
    expect(await redirectOf("category", "tunis")).toBe("/categories/tunisia");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.action, "category.update"), eq(auditLog.targetId, "tunis")));
    expect(audit).toHaveLength(1);
  });

  it("moving a category under a gated parent gates its articles at once", async () => {
    const gated = await saveSection(db, { actorId, kind: "category", input: { name: "Insider desk", requirement: { level: "3" } } });
    const libya = (await categoryRow("libya"))!;
    const libyaArticles = (await db.select({ id: articleCategories.articleId }).from(articleCategories).where(eq(articleCategories.categoryId, libya.id))).map((r) => r.id);
    expect(libyaArticles.length).toBeGreaterThan(0);
    await saveSection(db, { actorId, kind: "category", id: libya.id, input: { name: "Libya", slug: "libya", description: libya.description, parentId: String(gated.id) } });
    const levels = await db.select({ level: articles.effReqLevel }).from(articles).where(inArray(articles.id, libyaArticles));
    expect(levels.every((r) => r.level !== null && r.level >= 3)).toBe(true);
    await saveSection(db, { actorId, kind: "category", id: libya.id, input: { name: "Libya", slug: "libya", description: libya.description, parentId: String(libya.parentId) } });
    const after = await db.select({ level: articles.effReqLevel }).from(articles).where(inArray(articles.id, libyaArticles));
    expect(after.some((r) => r.level === null || r.level < 3)).toBe(true);
  });
});

describe("merging and deleting sections", () => {
  it("merging a tag moves its articles to the target, deletes it and redirects its address", async () => {
    const [drones, cyber] = [await tagId("drones"), await tagId("cyber")];
    const expected = [...new Set([...(await tagArticles(drones)), ...(await tagArticles(cyber))])].sort();
    const merged = await mergeSections(db, { actorId, kind: "tag", sourceId: drones, input: { targetId: String(cyber) } });
    expect(await tagArticles(cyber)).toEqual(expected);
    expect(await db.select().from(tags).where(eq(tags.id, drones))).toEqual([]);
    expect(await redirectOf("tag", "drones")).toBe("/tags/cyber");
    expect(merged.tags).toEqual(expect.arrayContaining(["listing:tags/drones", "listing:tags/cyber"]));
    expect(merged.tags.filter((t) => t.startsWith("article:"))).toHaveLength(expected.length);
    const [article] = await db.select({ names: articles.searchNames }).from(articles).where(eq(articles.id, expected[0]!));
    expect(article!.names).not.toContain("Drones");
  });

  it("merging a category moves its articles and subcategories; never into its own subcategory", async () => {
    const [northAfrica, sahel, libya] = [await categoryId("north-africa"), await categoryId("sahel"), await categoryId("libya")];
    await expect(mergeSections(db, { actorId, kind: "category", sourceId: northAfrica, input: { targetId: String(libya) } })).rejects.toMatchObject({ fieldErrors: { targetId: expect.stringContaining("sits inside") } });
    await expect(mergeSections(db, { actorId, kind: "category", sourceId: sahel, input: { targetId: String(sahel) } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const sahelArticles = (await db.select({ id: articleCategories.articleId }).from(articleCategories).where(eq(articleCategories.categoryId, sahel))).map((r) => r.id);
    await mergeSections(db, { actorId, kind: "category", sourceId: northAfrica, input: { targetId: String(sahel) } });
    expect((await categoryRow("libya"))!.parentId).toBe(sahel);
    expect(await redirectOf("category", "north-africa")).toBe("/categories/sahel");
    const nowInSahel = (await db.select({ id: articleCategories.articleId }).from(articleCategories).where(eq(articleCategories.categoryId, sahel))).map((r) => r.id);
    expect(nowInSahel.length).toBeGreaterThanOrEqual(sahelArticles.length);
  });

  it("deleting a gated tag frees its articles of its requirement and forgets redirects to it", async () => {
    const gated = await saveSection(db, { actorId, kind: "tag", input: { name: "Vault", requirement: { level: "4" } } });
    const [piece] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.status, "published"))).limit(1);
    await db.insert(articleTags).values({ articleId: piece!.id, tagId: gated.id });
    await saveSection(db, { actorId, kind: "tag", id: gated.id, input: { name: "Vault" } });
    const [gatedNow] = await db.select({ level: articles.effReqLevel }).from(articles).where(eq(articles.id, piece!.id));
    expect(gatedNow!.level).toBe(4);
    await saveSection(db, { actorId, kind: "tag", id: gated.id, input: { name: "Vault", slug: "strongroom" } });
    expect(await redirectOf("tag", "vault")).toBe("/tags/strongroom");
    const deleted = await deleteSection(db, { actorId, kind: "tag", id: gated.id });
    expect(deleted.tags).toContain("listing:tags/strongroom");
    const [freed] = await db.select({ level: articles.effReqLevel }).from(articles).where(eq(articles.id, piece!.id));
    expect(freed!.level === null || freed!.level < 4).toBe(true);
    expect(await redirectOf("tag", "vault")).toBeNull();
  });

  it("deleting a category moves its subcategories up to its parent", async () => {
    const [eastern, regions] = [await categoryId("eastern-europe"), await categoryId("regions")];
    await deleteSection(db, { actorId, kind: "category", id: eastern });
    expect((await categoryRow("ukraine"))!.parentId).toBe(regions);
    await expect(deleteSection(db, { actorId, kind: "category", id: eastern })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
