import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, authors, categories, entitlementHistory, legacyRedirects, media, memberCcaps, tags, users, wordpressImportMap } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { getSettings } from "@/lib/settings/settings";
import { findLegacyRedirect } from "./find-legacy-redirect";
import type { ImportReport } from "./import-report";
import { importWordPress, type ImportWordPressOptions } from "./import-wordpress";
import { readS2MemberOptions } from "./read-s2member-options";
import { FIXTURE_OPTIONS, FIXTURE_POSTS, FIXTURE_SITE, fixtureMembersCsv, fixtureOptionsPhp, fixtureWxr, SECRET } from "./wordpress-fixture";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-30T12:00:00Z");
let firstReport: ImportReport;

const source = (text: string) => () => (async function* () {
  // Small chunks: records and multi-byte characters cross chunk boundaries.
  for (let i = 0; i < text.length; i += 997) yield Buffer.from(text.slice(i, i + 997));
})();

const options = (over: Partial<ImportWordPressOptions> = {}): ImportWordPressOptions => ({
  openWxr: source(fixtureWxr()),
  openMembers: source(fixtureMembersCsv()),
  s2MemberOptions: readS2MemberOptions(JSON.stringify(FIXTURE_OPTIONS)),
  dryRun: false,
  batchSize: 3,
  now,
  ...over,
});

const article = async (slug: string) => (await db.select().from(articles).where(eq(articles.slug, slug)))[0];

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => drop());

describe("importWordPress", () => {
  it("a dry run reports what it would do and changes nothing", async () => {
    const { report } = await importWordPress(db, options({ dryRun: true }));
    expect(report.dryRun).toBe(true);
    expect(report.counts.post).toMatchObject({ created: 7 });
    expect(report.counts.member).toMatchObject({ created: 7 });
    expect(await db.select().from(articles)).toHaveLength(0);
    expect(await db.select().from(users)).toHaveLength(0);
    expect(await db.select().from(wordpressImportMap)).toHaveLength(0);
    expect(await db.select().from(legacyRedirects)).toHaveLength(0);
  });

  it("imports posts with their teasers, requirements, bylines, sections and tags", async () => {
    const { report, changedArticleIds } = await importWordPress(db, options());
    firstReport = report;
    expect(report.counts.post).toMatchObject({ created: 7, error: 1 });
    expect(changedArticleIds).toHaveLength(7);
    expect(report.counts.page).toEqual({ skipped: 1 });
    expect(report.counts.comment).toEqual({ skipped: 2 });
    expect(report.refused.map((r) => r.id)).toEqual(expect.arrayContaining(["108", "broken", "silver.reader@old-news.invalid"]));

    // <!--more--> is the break; the section rule (level 1 on Sahara) reaches its child Oases.
    const wells = (await article("wpx-wells-of-the-deep-south"))!;
    expect(wells.status).toBe("published");
    expect(wells.publishedAt?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
    expect(wells.teaserHtml).toContain("<p>The drought had lasted three summers.<br>");
    expect(wells.teaserHtml).not.toContain(SECRET.more);
    expect(wells.gatedHtml).toContain(SECRET.more);
    expect(wells.reqLevel).toBeNull();
    expect(wells.effReqLevel).toBe(1);
    expect(wells.standfirst).toBe("How three villages dug for water.");
    expect(wells.bodyMarkdown).toContain("*A dry well near the road*");
    expect(wells.bodyMarkdown).toContain("\\[gallery");
    expect(wells.heroCaption).toBe("The oases on a map");
    expect(wells.heroAlt).toBe("A map of oases");
    expect(report.notices.shortcode).toEqual([expect.objectContaining({ id: "101", message: "[gallery] kept as text" })]);
    expect(report.notices["missing-image"]?.map((n) => n.message).join(" ")).toContain("wpx-missing.jpg");

    // [s2If !level2][else]: the "not a member" branch is dropped, the else branch is gated at level 2.
    const caravan = (await article("wpx-the-caravan-archive"))!;
    expect(caravan.reqLevel).toBe(2);
    expect(caravan.teaserHtml).toContain("An archive of caravan routes was found in a trunk.");
    expect(caravan.teaserHtml + caravan.gatedHtml).not.toContain("Subscribe to read");
    expect(caravan.gatedHtml).toContain(SECRET.s2if);
    expect(caravan.bodyMarkdown).not.toContain("wp:paragraph");

    // Nested [_s2If] adds its ccap; hostile markup is gone; the internal link points at Lede.
    const songs = (await article("wpx-songs-of-the-oasis"))!;
    expect({ level: songs.reqLevel, ccaps: songs.reqCcaps }).toEqual({ level: 1, ccaps: ["songs"] });
    expect(songs.gatedHtml).toContain(SECRET.nested);
    const html = songs.teaserHtml + songs.gatedHtml;
    for (const bad of ["<script", "<iframe", "onclick", "javascript:", "stolen"]) expect(html).not.toContain(bad);
    expect(songs.teaserHtml).toContain('href="/articles/wpx-wells-of-the-deep-south"');

    const future = (await article("wpx-next-years-harvest"))!;
    expect(future.status).toBe("published");
    expect(future.publishedAt!.getTime()).toBeGreaterThan(now.getTime());
    const draft = (await db.select().from(articles).where(eq(articles.title, "Unfinished notes")))[0]!;
    expect(draft).toMatchObject({ status: "draft", publishedAt: null });

    // No break but protected (tag rule + required ccap): the newsroom's automatic teaser.
    const dunes = (await article("wpx-five-paragraphs-on-dunes"))!;
    expect(dunes.reqCcaps).toEqual(["videos"]);
    expect(dunes.effReqLevel).toBe(1);
    expect(dunes.teaserHtml).toContain("Paragraph three");
    expect(dunes.gatedHtml).toContain(SECRET.automatic);

    const either = (await article("wpx-either-pass"))!;
    expect({ level: either.reqLevel, ccaps: either.reqCcaps }).toEqual({ level: 1, ccaps: ["songs"] });
    expect(report.notices["inexact-condition"]?.[0]?.id).toBe("107");
  });

  it("imports authors, nested sections with their rules, tags and level labels", async () => {
    const [clara] = await db.select().from(authors).where(eq(authors.slug, "clara"));
    expect(clara).toMatchObject({ name: "Clara Writer", bio: "Covers the desert beat." });
    const cats = await db.select().from(categories).where(inArray(categories.slug, ["wpx-world", "wpx-sahara", "wpx-oases"]));
    const bySlug = new Map(cats.map((c) => [c.slug, c]));
    expect(bySlug.get("wpx-oases")!.parentId).toBe(bySlug.get("wpx-sahara")!.id);
    expect(bySlug.get("wpx-sahara")!.parentId).toBe(bySlug.get("wpx-world")!.id);
    expect(bySlug.get("wpx-sahara")!.reqLevel).toBe(1);
    const [songsTag] = await db.select().from(tags).where(eq(tags.slug, "wpx-songs"));
    expect(songsTag!.reqLevel).toBe(1);
    expect((await getSettings(db)).levelLabels).toEqual(["Free Reader", "Bronze Reader", "Silver Reader", "Gold Reader", "Platinum Reader"]);
  });

  it("imports members with levels, staff roles, ccaps, ends of term and history", async () => {
    const member = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0]!;
    const silver = await member("silver.reader@old-news.invalid");
    expect(silver).toMatchObject({ level: 2, role: "reader", compLevel: null, passwordHash: null, stripeCustomerId: null });
    expect(silver.createdAt.toISOString()).toBe("2023-01-02T10:00:00.000Z");
    const termed = await member("termed.reader@old-news.invalid");
    expect(termed).toMatchObject({ level: 0, compLevel: 1 });
    expect(termed.compUntil?.toISOString()).toBe("2099-01-01T00:00:00.000Z");
    const termedCcaps = await db.select().from(memberCcaps).where(eq(memberCcaps.userId, termed.id));
    expect(termedCcaps).toEqual([expect.objectContaining({ ccap: "songs", expiresAt: termed.compUntil })]);
    const fan = await member("songs.fan@old-news.invalid");
    expect((await db.select().from(memberCcaps).where(eq(memberCcaps.userId, fan.id))).map((c) => c.ccap).sort()).toEqual(["songs", "videos"]);
    expect(await member("boss.editor@old-news.invalid")).toMatchObject({ role: "editor" });
    expect(await member("shop.manager@old-news.invalid")).toMatchObject({ role: "reader", level: 0 });
    expect(firstReport.notices["unknown-role"]?.map((n) => n.id)).toEqual(["shop.manager@old-news.invalid"]);

    const history = await member("history.reader@old-news.invalid");
    const rows = await db.select().from(entitlementHistory).where(eq(entitlementHistory.userId, history.id)).orderBy(entitlementHistory.createdAt);
    expect(rows.map((r) => [r.fromLevel, r.toLevel, r.cause])).toEqual([
      [0, 1, "s2member-access-cap-times"],
      [1, 2, "s2member-access-cap-times"],
      [2, 1, "s2member-access-cap-times"],
      [0, 1, "wordpress-import"],
    ]);
    expect(rows[0]!.createdAt.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    expect(history.compUntil?.toISOString()).toBe("2099-06-30T00:00:00.000Z");
    expect(firstReport.notices["stripe-relink-pending"]?.map((n) => n.id)).toEqual(["silver.reader@old-news.invalid"]);
    expect(firstReport.notices["other-gateway"]?.[0]?.message).toContain("paypal I-WPX2: level 1 kept until 2099-01-01");
    // The WordPress author with an account is linked to it.
    const [clara] = await db.select().from(authors).where(eq(authors.slug, "clara"));
    expect(clara!.userId).toBe((await member("clara.writer@old-news.invalid")).id);
  });

  it("fills the redirects table for every old address", async () => {
    const to = (pathAndQuery: string) => findLegacyRedirect({ db, pathAndQuery });
    expect(await to("/?p=101")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/2024/03/05/wpx-wells-of-the-deep-south/")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/2024/03/wpx-wells-of-the-deep-south/")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/wpx-wells-of-the-deep-south/")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/WPX-Wells-Of-The-Deep-South")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/category/wpx-world/wpx-sahara/wpx-oases/")).toBe("/categories/wpx-oases");
    expect(await to("/?cat=11")).toBe("/categories/wpx-sahara");
    expect(await to("/tag/wpx-wells/")).toBe("/tags/wpx-wells");
    expect(await to("/author/clara/")).toBe("/authors/clara");
    expect(await to("/feed/")).toBe("/feeds/rss");
    expect(await to("/?attachment_id=201")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/2024/03/05/parent-101/oasis-map/")).toBe("/articles/wpx-wells-of-the-deep-south");
    expect(await to("/?p=999")).toBeNull();
    expect(await to("/2030/01/01/wpx-next-years-harvest/")).toBe("/articles/wpx-next-years-harvest");
  });

  it("a second run changes nothing and says so; PHP-serialized options read the same", async () => {
    const before = await db.select({ id: articles.id, version: articles.version, updatedAt: articles.updatedAt }).from(articles);
    const { report, changedArticleIds } = await importWordPress(db, options({ s2MemberOptions: readS2MemberOptions(fixtureOptionsPhp()), now: new Date(now.getTime() + 60_000) }));
    expect(report.counts.post).toMatchObject({ unchanged: 7 });
    expect(report.counts.post?.created).toBeUndefined();
    expect(report.counts.member).toMatchObject({ unchanged: 7 });
    expect(report.counts.category).toEqual({ unchanged: 4 });
    expect(changedArticleIds).toEqual([]);
    expect(await db.select({ id: articles.id, version: articles.version, updatedAt: articles.updatedAt }).from(articles)).toEqual(before);
  });

  it("updates what changed in WordPress, and never overwrites an article edited in Lede (a conflict)", async () => {
    const wells = (await article("wpx-wells-of-the-deep-south"))!;
    await db.update(articles).set({ title: "Edited in Lede", version: wells.version + 1 }).where(eq(articles.id, wells.id));
    const changed = FIXTURE_POSTS.map((p) =>
      p.id === 101 ? { ...p, title: "Wells, revised in WordPress" } : p.id === 102 ? { ...p, title: "The caravan archive, revised" } : p,
    );
    const { report } = await importWordPress(db, options({ openWxr: source(fixtureWxr(changed)) }));
    expect(report.counts.post).toMatchObject({ updated: 1, conflict: 1, unchanged: 5 });
    expect(report.notices.conflict?.[0]?.id).toBe("101");
    expect((await article("wpx-wells-of-the-deep-south"))!.title).toBe("Edited in Lede");
    expect((await article("wpx-the-caravan-archive"))!.title).toBe("The caravan archive, revised");
  });
});

describe("images from a copy of wp-content/uploads", () => {
  let other: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    other = await createTestDatabase();
  });
  afterAll(async () => other.drop());

  it("copies the images it finds into Lede's media (once across runs) and lists the others as missing", async () => {
    const uploads = mkdtempSync(path.join(tmpdir(), "lede-uploads-"));
    mkdirSync(path.join(uploads, "2024", "03"), { recursive: true });
    writeFileSync(path.join(uploads, "2024", "03", "wpx-map.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const first = await importWordPress(other.db, options({ uploadsDir: uploads, openMembers: undefined }));
    const [wells] = await other.db.select().from(articles).where(eq(articles.slug, "wpx-wells-of-the-deep-south"));
    expect(wells!.heroImage).toMatch(/^\/media\/[0-9a-f-]{36}$/);
    expect(first.report.notices["missing-image"]?.map((n) => n.message)).toEqual([`${FIXTURE_SITE}/wp-content/uploads/2024/03/wpx-missing.jpg`]);
    const again = await importWordPress(other.db, options({ uploadsDir: uploads, openMembers: undefined }));
    expect(again.report.counts.post).toMatchObject({ unchanged: 7 });
    expect(await other.db.select({ id: media.id }).from(media)).toHaveLength(1);
  });
});
