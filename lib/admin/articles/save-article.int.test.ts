import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { seedDatabase } from "@/scripts/seed/seed";
import { articles, auditLog, categories, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { getArticle } from "@/lib/articles/get-article";
import { bulkSetRequirement } from "../access/bulk-set-requirement";
import { setCategoryRequirement } from "../access/set-category-requirement";
import type { StaffViewer } from "../permissions";
import { listAdminArticles } from "./list-admin-articles";
import { loadArticleForEdit } from "./load-article-for-edit";
import { saveArticle } from "./save-article";
import { searchArticles } from "./search-articles";

let db: Database;
let drop: () => Promise<void>;
let editor: StaffViewer;
let author: StaffViewer;
const now = new Date("2026-11-29T12:00:00Z");

async function staff(email: string): Promise<StaffViewer> {
  const [u] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  return u!;
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  editor = await staff("editor@meridian.example");
  author = await staff("author@meridian.example");
});
afterAll(async () => drop());

const draft = (extra: Record<string, unknown> = {}) => ({ title: "A new piece", standfirst: "Short.", bodyMarkdown: "One.\n\nTwo.\n\n<!-- paywall -->\n\nThree.", intent: "save", ...extra });

describe("saveArticle", () => {
  it("an author creates a draft with their own byline and a unique automatic slug", async () => {
    const a = await saveArticle(db, author, draft(), { now });
    const b = await saveArticle(db, author, draft(), { now });
    expect(a.slug).toBe("a-new-piece");
    expect(b.slug).toBe("a-new-piece-2");
    const loaded = (await loadArticleForEdit(db, a.id))!;
    expect(loaded.status).toBe("draft");
    expect(loaded.authorUserIds).toContain(author.id);
  });

  it("an automatic slug steps past a whole window of taken ones, and a piece keeps its own", async () => {
    const saved = [];
    for (let i = 0; i < 22; i++) saved.push(await saveArticle(db, editor, draft({ title: "Same title every time" }), { now }));
    const slugs = saved.map((piece) => piece.slug);
    expect(slugs.slice(0, 3)).toEqual(["same-title-every-time", "same-title-every-time-2", "same-title-every-time-3"]);
    expect(slugs.slice(19)).toEqual(["same-title-every-time-20", "same-title-every-time-21", "same-title-every-time-22"]);
    expect(new Set(slugs).size).toBe(22);
    // Saved again without a slug, the first piece keeps the address it holds.
    const first = saved[0]!;
    const again = await saveArticle(db, editor, draft({ title: "Same title every time", version: first.version }), { id: first.id, now });
    expect(again.slug).toBe("same-title-every-time");
  });

  it("a taken slug names the piece holding it only to someone who may edit that piece", async () => {
    const scheduled = await saveArticle(db, editor, draft({ title: "Embargoed: the minister resigns", slug: "embargoed-slug" }), { now });
    await saveArticle(db, editor, draft({ title: "Embargoed: the minister resigns", slug: "embargoed-slug", version: scheduled.version, intent: "schedule", publishAt: "2027-01-01T00:00:00Z" }), { id: scheduled.id, now });
    const colleague = await saveArticle(db, editor, draft({ title: "A colleague's secret draft", slug: "colleague-slug" }), { now });
    const own = await saveArticle(db, author, draft({ title: "My own earlier draft", slug: "own-slug" }), { now });
    const slugError = (viewer: StaffViewer, slug: string) => saveArticle(db, viewer, draft({ slug }), { now }).catch((e: { fieldErrors?: Record<string, string> }) => e.fieldErrors?.slug);
    expect(await slugError(author, "embargoed-slug")).toBe("Already used by another piece.");
    expect(await slugError(author, "colleague-slug")).toBe("Already used by another piece.");
    expect(await slugError(author, "own-slug")).toBe("Already used by “My own earlier draft”.");
    expect(await slugError(editor, "colleague-slug")).toBe("Already used by “A colleague's secret draft”.");
    expect(colleague.slug).toBe("colleague-slug");
    expect(own.slug).toBe("own-slug");
  });

  it("an author may not publish, schedule or change the requirement", async () => {
    await expect(saveArticle(db, author, draft({ intent: "publish" }), { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveArticle(db, author, draft({ intent: "schedule", publishAt: "2027-01-01T00:00:00Z" }), { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveArticle(db, author, draft({ requirement: { level: "2", ccaps: [] } }), { now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an author may not edit another author's piece, nor their own once published", async () => {
    const theirs = await saveArticle(db, editor, draft({ title: "Editor piece" }), { now });
    await expect(saveArticle(db, author, draft({ version: theirs.version }), { id: theirs.id, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const mine = await saveArticle(db, author, draft({ title: "Mine" }), { now });
    const published = await saveArticle(db, editor, draft({ title: "Mine", version: mine.version, intent: "publish" }), { id: mine.id, now });
    await expect(saveArticle(db, author, draft({ title: "Mine", version: published.version }), { id: mine.id, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a stale save with CONFLICT", async () => {
    const a = await saveArticle(db, editor, draft({ title: "Two tabs" }), { now });
    await saveArticle(db, editor, draft({ title: "Two tabs, first", version: a.version }), { id: a.id, now });
    await expect(saveArticle(db, editor, draft({ title: "Two tabs, second", version: a.version }), { id: a.id, now })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("validates fields and refuses a taken slug", async () => {
    await expect(saveArticle(db, editor, draft({ title: "" }), { now })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { title: "Enter a title." } });
    await expect(saveArticle(db, editor, draft({ slug: "a-new-piece" }), { now })).rejects.toMatchObject({ fieldErrors: { slug: expect.stringContaining("Already used") } });
    await expect(saveArticle(db, editor, draft({ requirement: { level: "1", ccaps: ["no_such_ccap"] } }), { now })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("an editor schedules a piece: hidden until its time, listed as scheduled", async () => {
    const a = await saveArticle(db, editor, draft({ title: "Later piece", intent: "schedule", publishAt: "2026-12-01T08:00:00Z" }), { now });
    expect(await getArticle(db, a.slug, { now })).toBeNull();
    expect(await getArticle(db, a.slug, { now: new Date("2026-12-01T08:00:01Z") })).not.toBeNull();
    const { rows } = await listAdminArticles(db, { status: "scheduled", page: 1 }, now);
    expect(rows.map((r) => r.id)).toContain(a.id);
    await expect(saveArticle(db, editor, draft({ intent: "schedule", publishAt: "2020-01-01T00:00:00Z" }), { now })).rejects.toMatchObject({ fieldErrors: { publishAt: expect.any(String) } });
  });

  it("an editor's requirement change is audited and names the pages to refresh", async () => {
    const a = await saveArticle(db, editor, draft({ title: "Gate me", intent: "publish" }), { now });
    const saved = await saveArticle(db, editor, draft({ title: "Gate me", version: a.version, requirement: { level: "2", ccaps: [] }, reason: "premium series" }), { id: a.id, now });
    expect(saved.tags).toContain(`article:${saved.slug}`);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, String(a.id)));
    expect(entry).toMatchObject({ action: "article.requirement", after: { level: 2, ccaps: [] }, reason: "premium series" });
    expect((await getArticle(db, saved.slug, { now }))!.requirement.level).toBe(2);
  });
});

describe("requirements by category and in bulk", () => {
  it("gating a parent category gates its children's articles, with the category as origin", async () => {
    const [northAfrica] = await db.select().from(categories).where(eq(categories.slug, "north-africa"));
    const result = await setCategoryRequirement(db, { actorId: editor.id, categoryId: northAfrica!.id, input: { requirement: { level: "1", ccaps: [] }, reason: "test" } });
    expect(result.tags).toContain("listing:categories/libya");
    const [libya] = await db.select().from(categories).where(eq(categories.slug, "libya"));
    const { rows } = await listAdminArticles(db, { categoryId: libya!.id, page: 1 }, now);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.effective.level).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.origins.includes("category"))).toBe(true);
    await setCategoryRequirement(db, { actorId: editor.id, categoryId: northAfrica!.id, input: { requirement: { level: "public", ccaps: [] } } });
  });

  it("bulk-sets the requirement of selected articles", async () => {
    const picked = (await db.select({ id: articles.id }).from(articles).limit(3)).map((r) => r.id);
    const result = await bulkSetRequirement(db, { actorId: editor.id, input: { ids: picked, requirement: { level: "3", ccaps: [] } } });
    expect(result.message).toMatch(/updated/);
    const { rows } = await listAdminArticles(db, { requirement: "3", page: 1 }, now);
    for (const id of picked) expect(rows.map((r) => r.id)).toContain(id);
    await expect(bulkSetRequirement(db, { actorId: editor.id, input: { ids: [], requirement: { level: "3" } } })).rejects.toMatchObject({ fieldErrors: { ids: "Select at least one article." } });
  });
});

describe("searchArticles (the read-also picker)", () => {
  it("shows an author published pieces and their own drafts, never a colleague's; editors see every piece", async () => {
    await saveArticle(db, author, draft({ title: "Zebra memo alpha" }), { now });
    await saveArticle(db, editor, draft({ title: "Zebra memo beta" }), { now });
    const titles = async (viewer: StaffViewer, q: string) => (await searchArticles(db, viewer, q, now)).map((r) => r.title).sort();
    expect(await titles(author, "zebra memo")).toEqual(["Zebra memo alpha"]);
    expect(await titles(editor, "zebra memo")).toEqual(["Zebra memo alpha", "Zebra memo beta"]);
    const [published] = await db.select({ title: articles.title }).from(articles).where(eq(articles.status, "published")).limit(1);
    expect(await titles(author, published!.title)).toContain(published!.title);
  });
});
