import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articleRevisions, auditLog, tags, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { getArticle } from "@/lib/articles/get-article";
import { seedDatabase } from "@/scripts/seed/seed";
import { loadArticleForEdit } from "../articles/load-article-for-edit";
import { saveArticle } from "../articles/save-article";
import type { StaffViewer } from "../permissions";
import { loadArticleSeo } from "./article-seo-rows";
import { autosaveArticle } from "./autosave-article";
import { listRevisions } from "./list-revisions";
import { restoreRevision } from "./restore-revision";

let db: Database;
let drop: () => Promise<void>;
let editor: StaffViewer;
let author: StaffViewer;
const now = new Date("2026-11-29T12:00:00Z");
const OPEN = "The council met on Monday to discuss the harbour.";
const CLOSED = "Documents seen by our reporters show the mayor signed the contract in secret.";
const body = `${OPEN}\n\n<!-- paywall -->\n\n${CLOSED}`;

async function staff(email: string): Promise<StaffViewer> {
  const [u] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  return u!;
}

const form = (extra: Record<string, unknown> = {}) => ({ title: "Harbour deal", standfirst: "What the council decided.", bodyMarkdown: body, intent: "save", ...extra });

async function errorOf(work: Promise<unknown>): Promise<{ code?: string; message?: string; fieldErrors?: Record<string, string> }> {
  return work.then(
    () => ({}),
    (e: { code?: string; message?: string; fieldErrors?: Record<string, string> }) => e,
  );
}

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  editor = await staff("editor@meridian.example");
  author = await staff("author@meridian.example");
});
afterAll(async () => drop());

describe("revisions", () => {
  it("every save keeps a revision with title, body (paywall break included) and access; consecutive autosaves share one", async () => {
    const a = await saveArticle(db, editor, form({ requirement: { level: "1", ccaps: [] } }), { now });
    const b = await saveArticle(db, editor, form({ version: a.version, title: "Harbour deal, revised" }), { id: a.id, now });
    const c = await autosaveArticle(db, editor, form({ version: b.version, title: "Harbour deal, typing" }), { id: a.id, now });
    const d = await autosaveArticle(db, editor, form({ version: c.version, title: "Harbour deal, still typing" }), { id: a.id, now });
    const list = await listRevisions(db, a.id);
    expect(list.map((r) => [r.kind, r.version, r.title])).toEqual([
      ["autosave", d.version, "Harbour deal, still typing"],
      ["save", b.version, "Harbour deal, revised"],
      ["save", a.version, "Harbour deal"],
    ]);
    const [first] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.version, a.version), eq(articleRevisions.articleId, a.id)));
    expect(first).toMatchObject({ bodyMarkdown: body, reqLevel: 1, reqCcaps: [], neverMetered: false, editorId: editor.id });
    expect(list[0]!.editor).toBeTruthy();
  });

  it("restore brings an old revision back as a new version and a new revision, audited, and refuses a stale version", async () => {
    const a = await saveArticle(db, editor, form({ title: "Original title", requirement: { level: "2", ccaps: [] } }), { now });
    const b = await saveArticle(db, editor, form({ version: a.version, title: "Changed title", bodyMarkdown: "All new text.", requirement: { level: "public", ccaps: [] }, reason: "open it" }), { id: a.id, now });
    const [original] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.articleId, a.id), eq(articleRevisions.version, a.version)));

    const stale = await errorOf(restoreRevision(db, editor, { articleId: a.id, revisionId: original!.id, version: a.version, now }));
    expect(stale.code).toBe("CONFLICT");

    const restored = await restoreRevision(db, editor, { articleId: a.id, revisionId: original!.id, version: b.version, now });
    expect(restored.version).toBe(b.version + 1);
    const article = (await loadArticleForEdit(db, a.id))!;
    expect(article).toMatchObject({ title: "Original title", bodyMarkdown: body, requirement: { level: 2, ccaps: [] } });
    const [latest] = await listRevisions(db, a.id);
    expect(latest).toMatchObject({ kind: "restore", restoredFrom: original!.id, version: restored.version, title: "Original title" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "article.restore"), eq(auditLog.targetId, String(a.id))));
    expect(audit).toMatchObject({ actorId: editor.id, after: { version: restored.version, revision: original!.id } });
    expect(audit!.reason).toContain(`#${original!.id}`);
  });

  it("a revision of another article is not found, and an author cannot restore an editor's piece", async () => {
    const a = await saveArticle(db, editor, form(), { now });
    const other = await saveArticle(db, editor, form({ title: "Another piece" }), { now });
    const [rev] = await listRevisions(db, other.id);
    expect((await errorOf(restoreRevision(db, editor, { articleId: a.id, revisionId: rev!.id, version: a.version, now }))).code).toBe("NOT_FOUND");
    const [own] = await listRevisions(db, a.id);
    expect((await errorOf(restoreRevision(db, author, { articleId: a.id, revisionId: own!.id, version: a.version, now }))).code).toBe("FORBIDDEN");
  });
});

describe("autosave", () => {
  it("needs the version it was edited from: a stale autosave is refused and changes nothing", async () => {
    const a = await saveArticle(db, author, form(), { now });
    const b = await autosaveArticle(db, author, form({ version: a.version, standfirst: "From tab one." }), { id: a.id, now });
    const stale = await errorOf(autosaveArticle(db, author, form({ version: a.version, standfirst: "From tab two." }), { id: a.id, now }));
    expect(stale.code).toBe("CONFLICT");
    expect((await loadArticleForEdit(db, a.id))!).toMatchObject({ standfirst: "From tab one.", version: b.version });
    const missing = await errorOf(autosaveArticle(db, author, form({ standfirst: "No version" }), { id: a.id, now }));
    expect(missing.code).toBe("INVALID_INPUT");
  });

  it("never publishes and never touches a published piece", async () => {
    const a = await saveArticle(db, editor, form(), { now });
    const b = await autosaveArticle(db, editor, form({ version: a.version, intent: "publish", newTags: "Half typed" }), { id: a.id, now });
    expect(b.status).toBe("draft");
    expect(await db.select().from(tags).where(eq(tags.slug, "half-typed"))).toEqual([]);
    const live = await saveArticle(db, editor, form({ version: b.version, intent: "publish" }), { id: a.id, now });
    const refused = await errorOf(autosaveArticle(db, editor, form({ version: live.version, title: "Changed live" }), { id: a.id, now }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("press Save");
    expect((await loadArticleForEdit(db, a.id))!.title).toBe("Harbour deal");
  });
});

describe("search and social overrides", () => {
  it("are stored and shown in the article view; empty ones fall back to title and standfirst", async () => {
    const seo = { title: "Harbour deal: what changes", description: "The council met on Monday.", socialTitle: "", socialDescription: "" };
    const a = await saveArticle(db, editor, form({ title: "Harbour deal SEO", seo, intent: "publish" }), { now });
    expect(await loadArticleSeo(db, a.id)).toEqual(seo);
    const view = (await getArticle(db, a.slug, { now }))!;
    expect(view.seo).toEqual(seo);
    const plain = await saveArticle(db, editor, form({ title: "Harbour deal plain", intent: "publish" }), { now });
    expect((await getArticle(db, plain.slug, { now }))!.seo).toEqual({ title: "", description: "", socialTitle: "", socialDescription: "" });
  });

  it("an override quoting the gated part is refused, field by field; quoting the teaser is fine", async () => {
    const quoting = { title: "", description: "The mayor signed the contract in secret, documents show.", socialTitle: "", socialDescription: `Exclusive: ${CLOSED}` };
    const refused = await errorOf(saveArticle(db, editor, form({ seo: quoting }), { now }));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["seo.description", "seo.socialDescription"]);
    expect(refused.fieldErrors!["seo.description"]).toContain("subscribers-only");
    await saveArticle(db, editor, form({ seo: { title: "", description: OPEN, socialTitle: "", socialDescription: "" } }), { now });
  });

  it("a body change that moves an existing override's words behind the paywall is refused", async () => {
    const a = await saveArticle(db, editor, form({ seo: { title: "", description: OPEN, socialTitle: "", socialDescription: "" } }), { now });
    const moved = await errorOf(saveArticle(db, editor, { ...form({ version: a.version, bodyMarkdown: `Intro only.\n\n<!-- paywall -->\n\n${OPEN}` }), seo: undefined }, { id: a.id, now }));
    expect(moved.fieldErrors?.["seo.description"]).toBeDefined();
  });
});

describe("body images and inline tags", () => {
  it("a body image without alt text is refused with a clear message", async () => {
    const refused = await errorOf(saveArticle(db, editor, form({ bodyMarkdown: `${OPEN}\n\n![](/media/abc)` }), { now }));
    expect(refused.fieldErrors?.bodyMarkdown).toContain("/media/abc");
    expect(refused.fieldErrors?.bodyMarkdown).toContain("alt text");
    const ok = await saveArticle(db, editor, form({ bodyMarkdown: `${OPEN}\n\n![The harbour at dawn](/media/abc)` }), { now });
    expect(ok.id).toBeGreaterThan(0);
  });

  it("tags typed in the editor are created on save (editors only), matched by name when they exist", async () => {
    const a = await saveArticle(db, editor, form({ newTags: "Harbour Works, harbour works , Ports" }), { now });
    const created = await db.select().from(tags).where(eq(tags.slug, "harbour-works"));
    expect(created).toHaveLength(1);
    const again = await saveArticle(db, editor, form({ title: "Second harbour piece", newTags: "HARBOUR WORKS" }), { now });
    expect((await loadArticleForEdit(db, again.id))!.tagIds).toEqual([created[0]!.id]);
    expect((await loadArticleForEdit(db, a.id))!.tagIds).toHaveLength(2);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "tag.create")).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ targetId: "ports", actorId: editor.id });
    const byAuthor = await errorOf(saveArticle(db, author, form({ newTags: "Author tag" }), { now }));
    expect(byAuthor.code).toBe("FORBIDDEN");
  });
});
