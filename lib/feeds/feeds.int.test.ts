import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, privateFeedTokens, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { demoArticles, seedDatabase } from "@/scripts/seed/seed";
import { buildFeed } from "./build-feed";
import { buildNewsSitemap } from "./build-sitemap";
import { listNewsEntries } from "./list-news-entries";
import { listSitemapEntries } from "./list-sitemap-entries";
import { findPrivateFeed } from "./private/find-private-feed";
import { listPrivateFeedItems } from "./private/list-private-feed-items";
import { loadPrivateFeedReader } from "./private/load-private-feed-reader";
import { regeneratePrivateFeed } from "./private/regenerate-private-feed";
import { renderPublicFeed } from "./render-public-feed";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");
const SECRET = "feeds-test-secret-0123456789abcdef";
const SITE = "https://news.example.org";
const site = { name: "The Meridian Desk", description: "Test.", url: SITE };
/** The gated part of every seeded piece, by slug. */
const gated = new Map<string, string>();

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await seedDatabase(db, { demoAccounts: true });
  for (const row of await db.select({ slug: articles.slug, html: articles.gatedHtml }).from(articles)) gated.set(row.slug, row.html);
});
afterAll(async () => drop());

async function userId(email: string): Promise<string> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}

const tokenOf = (path: string) => path.split("/").pop()!;

async function privateFeedOf(path: string, at = now) {
  const reader = await loadPrivateFeedReader(db, tokenOf(path));
  if (!reader) return null;
  return listPrivateFeedItems(db, { viewer: reader.viewer, now: at, limit: 30, siteUrl: SITE });
}

/** The pieces above level 0 whose gated text a feed carries (a free account reads level-0 pieces). */
const fullTextOf = (items: NonNullable<Awaited<ReturnType<typeof privateFeedOf>>>) =>
  items.filter((i) => (i.card.requirement.level ?? 0) >= 1 && gated.get(i.card.slug) && i.content?.includes(gated.get(i.card.slug)!)).map((i) => i.card.slug);

describe("the private feed", () => {
  it("gives a member the full text of what their level opens, and the teaser with a subscribers' line for the rest", async () => {
    const level1 = await regeneratePrivateFeed(db, { userId: await userId("level1@meridian.example"), secret: SECRET, now });
    const level0 = await regeneratePrivateFeed(db, { userId: await userId("level0@meridian.example"), secret: SECRET, now });
    const paid = (await privateFeedOf(level1))!;
    const free = (await privateFeedOf(level0))!;
    expect(paid.length).toBe(30);
    const levelOne = paid.filter((i) => i.card.requirement.level === 1 && i.card.requirement.ccaps.length === 0 && gated.get(i.card.slug));
    const levelTwo = paid.filter((i) => (i.card.requirement.level ?? 0) >= 2 && gated.get(i.card.slug));
    expect(levelOne.length).toBeGreaterThan(0);
    expect(levelTwo.length).toBeGreaterThan(0);
    // Level 1 reads level-1 pieces in full, not level-2 ones; level 0 reads neither.
    for (const item of levelOne) expect(fullTextOf(paid)).toContain(item.card.slug);
    for (const item of levelTwo) {
      expect(fullTextOf(paid)).not.toContain(item.card.slug);
      const mine = paid.find((i) => i.card.slug === item.card.slug)!;
      expect(mine.forSubscribers).toBe(true);
      expect(mine.content).toContain(`For subscribers: read on at ${SITE}/articles/${item.card.slug}`);
    }
    expect(fullTextOf(free)).toEqual([]);
    // A free account reads pieces gated at level 0 in full.
    expect(free.some((i) => i.card.requirement.level === 0 && gated.get(i.card.slug) && i.content?.includes(gated.get(i.card.slug)!))).toBe(true);
    const xml = buildFeed(free, { format: "rss", title: "t", description: "d", siteUrl: SITE, link: SITE, self: { rss: `${SITE}${level0}`, atom: `${SITE}${level0}` } });
    for (const item of levelOne) expect(xml).not.toContain(gated.get(item.card.slug)!);
    expect(xml).not.toContain("(Subscribers)");
  });

  it("follows the member's access as of the request: a grant opens pieces until it ends, and no longer", async () => {
    const id = await userId("level0@meridian.example");
    const path = (await findPrivateFeed(db, { userId: id, secret: SECRET }))!.path;
    await db.update(users).set({ compLevel: 4, compUntil: new Date(now.getTime() + 3600_000) }).where(eq(users.id, id));
    const during = fullTextOf((await privateFeedOf(path))!);
    expect(during.length).toBeGreaterThan(3);
    const after = fullTextOf((await privateFeedOf(path, new Date(now.getTime() + 2 * 3600_000)))!);
    expect(after).toEqual([]);
    await db.update(users).set({ compLevel: null, compUntil: null }).where(eq(users.id, id));
  });

  it("gives staff every piece in full", async () => {
    const path = await regeneratePrivateFeed(db, { userId: await userId("editor@meridian.example"), secret: SECRET, now });
    const items = (await privateFeedOf(path))!;
    expect(items.every((i) => !i.forSubscribers)).toBe(true);
  });

  it("stores the token hashed; a new address revokes the old one at once; another AUTH_SECRET opens nothing", async () => {
    const id = await userId("level2@meridian.example");
    expect(await findPrivateFeed(db, { userId: id, secret: SECRET })).toBeNull();
    const first = await regeneratePrivateFeed(db, { userId: id, secret: SECRET, now });
    expect(first).toMatch(/^\/private-feeds\/[A-Za-z0-9_-]{43}$/);
    const [row] = await db.select().from(privateFeedTokens).where(eq(privateFeedTokens.userId, id));
    expect(JSON.stringify(row)).not.toContain(tokenOf(first));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await findPrivateFeed(db, { userId: id, secret: SECRET }))!.path).toBe(first);
    expect(await privateFeedOf(first)).not.toBeNull();

    const second = await regeneratePrivateFeed(db, { userId: id, secret: SECRET, now });
    expect(second).not.toBe(first);
    expect(await loadPrivateFeedReader(db, tokenOf(first))).toBeNull();
    expect((await loadPrivateFeedReader(db, tokenOf(second)))!.viewer.id).toBe(id);
    expect((await findPrivateFeed(db, { userId: id, secret: SECRET }))!.path).toBe(second);
    expect(await findPrivateFeed(db, { userId: id, secret: "another-secret-0123456789abcdefgh" })).toBeNull();
    for (const bad of ["", "short", "x".repeat(43), "../../etc/passwd", `${tokenOf(second)}x`]) expect(await loadPrivateFeedReader(db, bad)).toBeNull();
  });
});

describe("public feeds", () => {
  it("mark gated pieces for subscribers in the description, never in the title, and carry no gated text", async () => {
    for (const format of ["rss", "atom"] as const) {
      const xml = (await renderPublicFeed(db, { kind: "site", slug: "", format, now, site }))!;
      expect(xml).not.toContain("(Subscribers)");
      expect(xml).toContain("For subscribers: read on at https://news.example.org/articles/");
      for (const html of gated.values()) if (html) expect(xml).not.toContain(html.slice(0, 80));
    }
  });

  it("list a section's pieces (with its subsections'), a tag's and an author's; null for an unknown one", async () => {
    const libya = demoArticles.filter((a) => a.categories.includes("libya"));
    const northAfrica = (await renderPublicFeed(db, { kind: "categories", slug: "north-africa", format: "rss", now, site }))!;
    for (const a of libya.slice(0, 5)) expect(northAfrica).toContain(`/articles/${a.slug}`);
    const ukraineOnly = demoArticles.find((a) => a.categories.every((c) => c === "ukraine"))!;
    expect(northAfrica).not.toContain(`/articles/${ukraineOnly.slug}<`);
    expect(northAfrica).toContain("<title>North Africa — The Meridian Desk</title>");
    expect(northAfrica).toContain(`${SITE}/categories/north-africa/feed.xml`);
    const nato = (await renderPublicFeed(db, { kind: "tags", slug: "nato", format: "atom", now, site }))!;
    for (const a of demoArticles.filter((d) => d.tags.includes("nato")).slice(0, 5)) expect(nato).toContain(`/articles/${a.slug}`);
    expect(await renderPublicFeed(db, { kind: "categories", slug: "no-such-section", format: "rss", now, site })).toBeNull();
    expect(await renderPublicFeed(db, { kind: "authors", slug: "nobody", format: "rss", now, site })).toBeNull();
  });

  it("the sitemap of pages lists every published piece once, in parts, newest first; the first part also lists the sections", async () => {
    const all = (await listSitemapEntries(db, now))!;
    const articlePaths = all.map((e) => e.path).filter((p) => p.startsWith("/articles/"));
    expect(all.map((e) => e.path)).toContain("/latest");
    const parts: string[][] = [];
    for (let part = 1; ; part++) {
      const entries = await listSitemapEntries(db, now, { part, perPart: 4 });
      if (!entries) break;
      parts.push(entries.map((e) => e.path).filter((p) => p.startsWith("/articles/")));
    }
    expect(parts.length).toBe(Math.ceil(articlePaths.length / 4));
    expect(parts.every((p) => p.length <= 4)).toBe(true);
    expect(parts.flat()).toEqual(articlePaths);
    expect((await listSitemapEntries(db, now, { part: 2, perPart: 4 }))!.some((e) => e.path === "/latest")).toBe(false);
  });

  it("the news sitemap holds the pieces of the last 48 hours only, as news:news", async () => {
    const entries = await listNewsEntries(db, now);
    const expected = demoArticles.filter((a) => {
      const at = new Date(a.publishedAt).getTime();
      return at <= now.getTime() && at > now.getTime() - 48 * 3600_000;
    });
    expect(entries.map((e) => e.path).sort()).toEqual(expected.map((a) => `/articles/${a.slug}`).sort());
    const quiet = await buildNewsSitemap([], { siteUrl: SITE, publication: "The Meridian Desk", language: "en" });
    expect(quiet).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>');
    const xml = await buildNewsSitemap([{ path: "/articles/x", title: "A & B", publishedAt: now }], { siteUrl: SITE, publication: "The Meridian Desk", language: "en" });
    expect(xml).toContain("<news:news><news:publication><news:name>The Meridian Desk</news:name><news:language>en</news:language></news:publication>");
    expect(xml).toContain("<news:publication_date>2026-11-29T12:00:00.000Z</news:publication_date><news:title>A &amp; B</news:title>");
  });
});
