import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { authors, users } from "@/db/schema";
import { seedDatabase } from "@/scripts/seed/seed";
import { createTestDatabase } from "@/db/test-database";
import { ANONYMOUS, type Grant, type Viewer } from "@/lib/access/types";
import { writeArticle, type ArticleInput } from "@/lib/articles/write-article";
import { saveAuthor } from "@/lib/admin/authors/save-author";
import { isAppError } from "@/lib/errors";
import type { ReadableRequirement } from "./readable-requirements";
import { renderSearchResults } from "./render-search-results";
import { searchArticles } from "./search-articles";
import { publishedArticle } from "./testing/published-article";
import { hitsPageQuery, isOwnSql, MAX_CANDIDATES, visibleMatchCountQuery } from "./search-queries";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");
const day = 86_400_000;

const member = (level: number, options: { role?: "reader" | "author" | "editor"; id?: string; ccaps?: string[] } = {}): Viewer => {
  const grants: Grant[] = [{ source: "account", level, ccaps: options.ccaps ?? [], until: null }];
  return { kind: "member", id: options.id ?? "00000000-0000-0000-0000-000000000000", role: options.role ?? "reader", grants };
};

const article = (slug: string, fields: Partial<ArticleInput> & { body: string }) => publishedArticle(slug, now, fields);
const write = (input: ArticleInput) => writeArticle(db, input, { teaserParagraphs: 1 });
const slugs = async (query: string, viewer: Viewer, page = 1) => (await searchArticles(db, { query, viewer, page, now })).hits.map((h) => h.slug);

/** Rows of db.execute on either driver (postgres-js returns an array, PGlite an object with rows). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows;
}

let authorUserId: string;

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  const [clara] = await db.select({ id: authors.id, userId: authors.userId }).from(authors).where(eq(authors.slug, "clara-vermeulen"));
  authorUserId = clara!.userId!;

  // Teaser | gated part: with teaserParagraphs 1, the first paragraph is public.
  await write(article("title-hit", { title: "Quorvex convoy reaches the port", standfirst: "A convoy story.", body: "Opening paragraph about ships.\n\nMore." }));
  await write(article("teaser-hit", { standfirst: "Another story.", body: "The quorvex question came up in passing.\n\nMore.", publishedAt: new Date(now.getTime() - 2 * day) }));
  await write(
    article("gated-secret", {
      title: "Harbour finances under review",
      standfirst: "Auditors look at the harbour.",
      body: "Public opening about the harbour audit.\n\nThe snarfblat ledger shows payments to a shell company in Valletta.",
      requirement: { level: 2, ccaps: [] },
      authorIds: [clara!.id],
    }),
  );
  // Same public text, but one repeats the word many times behind the paywall.
  await write(article("public-tie-new", { requirement: { level: 1, ccaps: [] }, body: "A plinthor mention in the teaser.\n\nNothing else.", publishedAt: new Date(now.getTime() - 3 * day) }));
  await write(article("public-tie-old", { requirement: { level: 1, ccaps: [] }, body: "A plinthor mention in the teaser.\n\n" + "plinthor ".repeat(30), publishedAt: new Date(now.getTime() - 4 * day) }));
  await write(article("draft-hit", { status: "draft", publishedAt: null, body: "quorvex in a draft.\n\nMore." }));
  for (let i = 0; i < 45; i++) {
    await write(article(`paged-${i}`, { body: `Paginix item number ${i}.\n\nMore.`, publishedAt: new Date(now.getTime() - (10 + i) * day) }));
  }
});
afterAll(async () => drop());

describe("searchArticles", () => {
  it("ranks a title match above a teaser match and leaves drafts out", async () => {
    const result = await searchArticles(db, { query: "quorvex", viewer: ANONYMOUS, page: 1, now });
    expect(result.hits.map((h) => h.slug)).toEqual(["title-hit", "teaser-hit"]);
    expect(result.total).toBe(2);
    const teaser = result.hits[1]!;
    expect(teaser.snippet.filter((s) => s.marked).map((s) => s.text)).toEqual(["quorvex"]);
  });

  it("finds articles by seeded words, bylines and stemmed forms", async () => {
    expect((await searchArticles(db, { query: "Libya", viewer: ANONYMOUS, page: 1, now })).total).toBeGreaterThan(2);
    expect(await slugs("clara vermeulen harbour", ANONYMOUS)).toContain("gated-secret");
    expect(await slugs("convoys reaching", ANONYMOUS)).toEqual(["title-hit"]);
    expect(await slugs('"reaches the port"', ANONYMOUS)).toEqual(["title-hit"]);
    expect(await slugs("quorvex -convoy", ANONYMOUS)).toEqual(["teaser-hit"]);
  });

  it("counts a word of the gated part only for viewers who may read the piece", async () => {
    expect(await slugs("snarfblat", ANONYMOUS)).toEqual([]);
    expect((await searchArticles(db, { query: "snarfblat ledger", viewer: ANONYMOUS, page: 1, now })).total).toBe(0);
    expect(await slugs("snarfblat", member(0))).toEqual([]);
    expect(await slugs("snarfblat", member(1))).toEqual([]);
    expect(await slugs("snarfblat", member(2))).toEqual(["gated-secret"]);
    expect(await slugs("snarfblat", member(0, { role: "editor" }))).toEqual(["gated-secret"]);
    // Its author reads it (role author, level 0); another author does not.
    expect(await slugs("snarfblat", member(0, { role: "author", id: authorUserId }))).toEqual(["gated-secret"]);
    expect(await slugs("snarfblat", member(0, { role: "author" }))).toEqual([]);
    // Expired grants do not count.
    const expired: Viewer = { kind: "member", id: "x", role: "reader", grants: [{ source: "complimentary", level: 4, ccaps: [], until: new Date(now.getTime() - 1000) }] };
    expect(await slugs("snarfblat", expired)).toEqual([]);
    // Its public words find it for everyone.
    expect(await slugs("harbour audit", ANONYMOUS)).toEqual(["gated-secret"]);
  });

  it("never takes a snippet from the gated part, even for a reader who may read it", async () => {
    const [hit] = (await searchArticles(db, { query: "snarfblat", viewer: member(2), page: 1, now })).hits;
    const text = [...hit!.standfirst, ...hit!.snippet].map((s) => s.text).join("");
    expect(text).not.toMatch(/snarfblat|ledger|Valletta/i);
    expect(hit!.snippet.map((s) => s.text).join("")).toContain("Public opening");
  });

  it("keeps the snippet marks' own characters out of the text, so only matches are marked", async () => {
    await write(article("marks-in-text", { standfirst: "Zorblax \ue000 in the standfirst \ue001.", body: "A \ue000zorblax\ue001 note and \ue001 stray \ue000 marks.\n\nMore." }));
    const [hit] = (await searchArticles(db, { query: "zorblax", viewer: ANONYMOUS, page: 1, now })).hits;
    const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);
    expect(marked(hit!.standfirst)).toEqual(["Zorblax"]);
    expect(marked(hit!.snippet)).toEqual(["zorblax"]);
    for (const part of [hit!.standfirst, hit!.snippet]) expect(part.map((s) => s.text).join("")).not.toMatch(/[\ue000\ue001]/);
    expect(hit!.snippet.map((s) => s.text).join("")).toContain("stray");
  });

  it("makes a hit's headlines once per query and text: the same again, new ones after an edit", async () => {
    const input = article("kept-snippets", { standfirst: "Glimmerfax in the standfirst.", body: "The glimmerfax teaser, first version.\n\nMore." });
    const saved = await write(input);
    const first = await searchArticles(db, { query: "glimmerfax", viewer: ANONYMOUS, page: 1, now });
    // The statement now skips the headlines it was told are kept; the search gives the same hits.
    const isOwn = isOwnSql(null);
    const readable: ReadableRequirement[] = [];
    const fresh = await hitsPageQuery(db, { text: "glimmerfax", site: "en", isOwn, readable, now, limit: 20, offset: 0, known: "" });
    const skipped = await hitsPageQuery(db, { text: "glimmerfax", site: "en", isOwn, readable, now, limit: 20, offset: 0, known: fresh.map((r) => r.snippetKey).join(",") });
    expect(fresh.map((r) => r.snippet === null)).toEqual([false]);
    expect(skipped.map((r) => [r.standfirst, r.snippet])).toEqual([[null, null]]);
    expect(await searchArticles(db, { query: "glimmerfax", viewer: member(2), page: 1, now })).toEqual(first);

    await writeArticle(db, { ...input, bodyMarkdown: "The glimmerfax teaser, second version.\n\nMore." }, { teaserParagraphs: 1, id: saved.id, expectedVersion: saved.version });
    const [edited] = (await searchArticles(db, { query: "glimmerfax", viewer: ANONYMOUS, page: 1, now })).hits;
    expect(edited!.snippet.map((s) => s.text).join("")).toContain("second version");
  });

  it("ranks a piece the viewer may not read by its public text only", async () => {
    // Equal public rank: newest first for anonymous; the reader's order counts the gated repetitions.
    expect(await slugs("plinthor", ANONYMOUS)).toEqual(["public-tie-new", "public-tie-old"]);
    expect(await slugs("plinthor", member(1))).toEqual(["public-tie-old", "public-tie-new"]);
  });

  it("paginates 20 per page with a total", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => searchArticles(db, { query: "paginix", viewer: ANONYMOUS, page, now })));
    expect(pages.map((p) => p.hits.length)).toEqual([20, 20, 5, 0]);
    expect(pages.every((p) => p.total === 45 && p.pages === 3)).toBe(true);
    const all = pages.flatMap((p) => p.hits.map((h) => h.slug));
    expect(new Set(all).size).toBe(45);
    expect(all[0]).toBe("paged-0");
  });

  it("follows an author's new name", async () => {
    const [clara] = await db.select().from(authors).where(eq(authors.slug, "clara-vermeulen"));
    const [editor] = await db.select({ id: users.id }).from(users).where(eq(users.email, "editor@meridian.example"));
    await saveAuthor(db, { actorId: editor!.id, id: clara!.id, now, input: { name: "Clara Zwanenburg", slug: clara!.slug, roleLine: clara!.roleLine, bio: clara!.bio, photo: clara!.photo ?? "", userEmail: "author@meridian.example" } });
    expect(await slugs("zwanenburg harbour", ANONYMOUS)).toEqual(["gated-secret"]);
  });

  it("treats empty, stop-word-only and hostile input as no match, never an error", async () => {
    for (const query of ["", "   ", undefined, ["", "x"]]) expect((await searchArticles(db, { query, viewer: ANONYMOUS, page: 1, now })).hits).toEqual([]);
    for (const query of ["the and of", "'\"(&|!:* <-> \\", "quor\u0000vex", "\ud800lone", "<script>alert(1)</script>", "a:* | b:*", "-", '"']) {
      const result = await searchArticles(db, { query, viewer: ANONYMOUS, page: 1, now });
      expect(result.total, query).toBeGreaterThanOrEqual(0);
    }
    expect(await slugs(["quorvex", "other"] as unknown as string, ANONYMOUS)).toEqual(["title-hit", "teaser-hit"]);
  });

  it("refuses an over-long query and an impossible page with a validation error", async () => {
    const tooLong = await searchArticles(db, { query: "word ".repeat(100), viewer: ANONYMOUS, page: 1, now }).catch((e: unknown) => e);
    expect(isAppError(tooLong) && tooLong.code).toBe("INVALID_INPUT");
    for (const page of [0, -1, 1.5, 10_001]) {
      const bad = await searchArticles(db, { query: "quorvex", viewer: ANONYMOUS, page, now }).catch((e: unknown) => e);
      expect(isAppError(bad) && bad.code, String(page)).toBe("INVALID_INPUT");
    }
  });
});

describe("counts over what the viewer may find", () => {
  it("a word found only in gated parts counts, and caps, exactly as a word that does not exist", async () => {
    // 300 public pieces carry both words in their titles; 5 newer level-2 pieces carry one of them behind the paywall only.
    await db.execute(sql`insert into articles (slug, title, standfirst, teaser_html, gated_html, status, published_at, eff_req_level)
      select 'capped-' || i, 'Vorpal jabberwock ' || i, '', '<p>Teaser ' || i || '</p>', '', 'published', ${new Date(now.getTime() - 30 * day).toISOString()}::timestamptz - (i || ' minutes')::interval, null
      from generate_series(1, ${MAX_CANDIDATES}) i`);
    await db.execute(sql`insert into articles (slug, title, standfirst, teaser_html, gated_html, status, published_at, eff_req_level)
      select 'capped-gated-' || i, 'Harbour note ' || i, '', '<p>Teaser</p>', '<p>The vorpal blade went snicker-snack.</p>', 'published', ${new Date(now.getTime() - 2 * 60_000).toISOString()}::timestamptz - (i || ' seconds')::interval, 2
      from generate_series(1, 5) i`);
    for (const viewer of [ANONYMOUS, member(0), member(1)]) {
      const gatedToo = await searchArticles(db, { query: "vorpal", viewer, page: 1, now });
      const publicOnly = await searchArticles(db, { query: "jabberwock", viewer, page: 1, now });
      expect({ total: gatedToo.total, isCapped: gatedToo.isCapped, pages: gatedToo.pages }).toEqual({ total: publicOnly.total, isCapped: publicOnly.isCapped, pages: publicOnly.pages });
      expect(gatedToo).toMatchObject({ total: MAX_CANDIDATES, isCapped: false });
      expect(renderSearchResults(gatedToo).replaceAll("vorpal", "jabberwock")).toBe(renderSearchResults(publicOnly));
      // A word of the gated part alone: as for a word that is nowhere.
      const gatedOnly = await searchArticles(db, { query: "snicker", viewer, page: 1, now });
      const nowhere = await searchArticles(db, { query: "zzyzxq", viewer, page: 1, now });
      expect({ ...gatedOnly, query: "" }).toEqual({ ...nowhere, query: "" });
    }
    // A reader who may read the gated pieces finds them, and the cap says so.
    expect(await searchArticles(db, { query: "vorpal", viewer: member(2), page: 1, now })).toMatchObject({ total: MAX_CANDIDATES, isCapped: true });
    expect((await searchArticles(db, { query: "snicker", viewer: member(2), page: 1, now })).total).toBe(5);
  });
});

describe("search plans", () => {
  it("use the GIN indexes on a table of thousands of articles", async () => {
    await db.execute(sql`insert into articles (slug, title, standfirst, teaser_html, gated_html, status, published_at, eff_req_level)
      select 'bulk-' || i, 'Bulk article ' || i, 'Standfirst number ' || i, '<p>Teaser about topic ' || (i % 97) || '</p>', '<p>Gated words ' || md5(i::text) || '</p>',
        'published', now() - (i || ' minutes')::interval, case when i % 2 = 0 then 1 end
      from generate_series(1, 5000) i`);
    // Vacuum moves the rows from GIN's pending list into the index proper (autovacuum does it in production).
    await db.execute(sql`vacuum analyze articles`);
    const later = new Date(Date.now() + day);
    const isOwn = isOwnSql("00000000-0000-0000-0000-000000000000");
    const plans = [
      visibleMatchCountQuery(db, { text: "quorvex", site: "en", isOwn, now: later, readable: [{ requirement: { level: 1, ccaps: [] }, authorship: "any" }] }),
      hitsPageQuery(db, { text: "quorvex", site: "en", isOwn, now: later, limit: 20, offset: 0, known: "", readable: [{ requirement: { level: 1, ccaps: [] }, authorship: "any" }] }),
    ];
    for (const query of plans) {
      const plan = rowsOf(await db.execute(sql`explain ${query}`))
        .map((r) => String(Object.values(r)[0]))
        .join("\n");
      expect(plan).toContain("articles_search_public_idx");
      expect(plan).toContain("articles_search_full_idx");
      expect(plan).not.toMatch(/Seq Scan on articles/);
    }

    // A word in every bulk title: the search looks at the most recent matches only, and says so.
    const common = await searchArticles(db, { query: "bulk", viewer: ANONYMOUS, page: 1, now: later });
    expect(common.isCapped).toBe(true);
    expect(common.total).toBe(MAX_CANDIDATES);
    expect(common.pages).toBe(MAX_CANDIDATES / 20);
    expect(common.hits).toHaveLength(20);
    const recent = new Set(Array.from({ length: MAX_CANDIDATES }, (_, i) => `bulk-${i + 1}`));
    for (const hit of common.hits) expect(recent.has(hit.slug), hit.slug).toBe(true);
    const rare = await searchArticles(db, { query: "quorvex", viewer: ANONYMOUS, page: 1, now: later });
    expect(rare.isCapped).toBe(false);
  });
});
