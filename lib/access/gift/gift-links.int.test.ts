import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, giftLinks, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { loadViewer } from "@/lib/auth/load-viewer";
import { createSession } from "@/lib/auth/create-session";
import { personaliseArticlePage, type SharedPage } from "@/lib/articles/personalise-article-page";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { AppError } from "@/lib/errors";
import { setSettings } from "@/lib/settings/set-settings";
import { seedDatabase } from "@/scripts/seed/seed";
import type { Viewer } from "../types";
import { createGiftLink } from "./create-gift-link";
import { listGiftLinks } from "./list-gift-links";
import { revokeGiftLink } from "./revoke-gift-link";

/* Gift links through their real store: quota, expiry, opens, revocation, another article, a forged token. */
let db: Database;
let drop: () => Promise<void>;
const SECRET = "gift-secret-0123456789";
const now = new Date("2026-12-15T12:00:00Z");
let level1: { slug: string; id: number; gatedHtml: string }[];
let giver: Extract<Viewer, { kind: "member" }>;
let low: Extract<Viewer, { kind: "member" }>;

async function viewerOf(email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const { token } = await createSession(db, { userId: user!.id, userAgent: "test", maxSessions: 50, now });
  return { viewer: (await loadViewer(db, token, now))!.viewer, token };
}

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  await setSettings(db, { giftQuota: 2, giftExpiryDays: 7, giftMaxOpens: 3 });
  level1 = await db
    .select({ slug: articles.slug, id: articles.id, gatedHtml: articles.gatedHtml })
    .from(articles)
    .where(and(eq(articles.effReqLevel, 1), sql`cardinality(${articles.effReqCcaps}) = 0`, eq(articles.status, "published"), sql`${articles.gatedHtml} <> ''`))
    .orderBy(articles.id)
    .limit(4);
  giver = (await viewerOf("level2@meridian.example")).viewer;
  low = (await viewerOf("level0@meridian.example")).viewer;
});
afterAll(async () => drop());

function sharedPage(path: string): Promise<SharedPage> {
  const slug = path.replace("/articles/", "");
  const rest = renderArticleRest({ kind: "paywall", requirement: { level: 1, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 1, ccaps: [] } }, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} }, { slug });
  return Promise.resolve({ status: 200, body: `<main>${rest}</main>` });
}

async function open(slug: string, gift: string, at = now, token = "") {
  const page = await personaliseArticlePage(db, { slug, token, now: at, userAgent: "t", sharedPage, gift, secret: SECRET });
  if (page.kind !== "page") throw new Error("expected a page");
  return page.html;
}
const giftOf = (path: string) => new URL(path, "http://x").searchParams.get("gift")!;
const gated = (a: { gatedHtml: string }) => a.gatedHtml.slice(0, 60);

describe("gift links", () => {
  it("a subscriber's link opens the article for anyone, signed out or in, saying who gave it, and counts opens", async () => {
    const link = await createGiftLink(db, { giver, slug: level1[0]!.slug, kind: "member", now, secret: SECRET });
    expect(link.expiresAt).toEqual(new Date("2026-12-22T12:00:00Z"));
    const html = await open(level1[0]!.slug, giftOf(link.path));
    expect(html).toContain(gated(level1[0]!));
    expect(html).toMatch(/Gifted to you by \w+/);
    const signedIn = await open(level1[0]!.slug, giftOf(link.path), now, (await viewerOf("level0@meridian.example")).token);
    expect(signedIn).toContain(gated(level1[0]!));
    const [row] = await db.select({ opens: giftLinks.opens }).from(giftLinks).where(eq(giftLinks.id, link.id));
    expect(row!.opens).toBe(2);
  });

  it("stops after its opens, after its expiry, and when revoked; never opens another article", async () => {
    const link = await createGiftLink(db, { giver, slug: level1[1]!.slug, kind: "member", now, secret: SECRET });
    const token = giftOf(link.path);
    expect(await open(level1[2]!.slug, token)).not.toContain(gated(level1[2]!));
    expect(await open(level1[1]!.slug, token, new Date("2026-12-22T12:00:00Z"))).not.toContain(gated(level1[1]!));
    for (let i = 0; i < 3; i++) expect(await open(level1[1]!.slug, token)).toContain(gated(level1[1]!));
    expect(await open(level1[1]!.slug, token)).not.toContain(gated(level1[1]!));
    await db.update(giftLinks).set({ opens: 0 }).where(eq(giftLinks.id, link.id));
    await revokeGiftLink(db, { giverId: giver.id, id: link.id, now });
    expect(await open(level1[1]!.slug, token)).not.toContain(gated(level1[1]!));
    const listed = await listGiftLinks(db, { giverId: giver.id }, SECRET);
    expect(listed.find((l) => l.id === link.id)).toMatchObject({ revokedAt: now, opens: 0, path: link.path });
  });

  it("a forged or re-signed token opens nothing", async () => {
    const link = await createGiftLink(db, { giver: (await viewerOf("level3@meridian.example")).viewer, slug: level1[0]!.slug, kind: "member", now, secret: SECRET });
    const token = giftOf(link.path);
    const forged = `${token.split(".")[0]}.AAAAAAAAAAAAAAAAAAAAAA`;
    expect(await open(level1[0]!.slug, forged)).not.toContain(gated(level1[0]!));
    expect(await open(level1[0]!.slug, `${Number(token.split(".")[0]) + 1}.${token.split(".")[1]}`)).not.toContain(gated(level1[0]!));
  });

  it("keeps to the monthly quota; publisher links have none", async () => {
    // level2 made two this month already (the tests above).
    await expect(createGiftLink(db, { giver, slug: level1[2]!.slug, kind: "member", now, secret: SECRET })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    const nextMonth = await createGiftLink(db, { giver, slug: level1[2]!.slug, kind: "member", now: new Date("2027-01-01T00:00:00Z"), secret: SECRET });
    expect(nextMonth.path).toContain("?gift=");
    const editor = (await viewerOf("editor@meridian.example")).viewer;
    for (let i = 0; i < 3; i++) await createGiftLink(db, { giver: editor, slug: level1[3]!.slug, kind: "publisher", now, secret: SECRET });
    const publisher = await createGiftLink(db, { giver: editor, slug: level1[3]!.slug, kind: "publisher", now, secret: SECRET });
    expect(await open(level1[3]!.slug, giftOf(publisher.path))).toContain("Gifted to you by the newsroom");
    expect((await listGiftLinks(db, { publisherLinksOf: level1[3]!.id }, SECRET)).map((l) => l.id)).toContain(publisher.id);
    // A member cannot revoke the newsroom's link; an editor can.
    await expect(revokeGiftLink(db, { giverId: giver.id, id: publisher.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeGiftLink(db, { giverId: null, id: publisher.id, now });
    expect(await open(level1[3]!.slug, giftOf(publisher.path))).not.toContain(gated(level1[3]!));
  });

  it("a member gifts only what their subscription includes, and a revoke of another's link is not found", async () => {
    await expect(createGiftLink(db, { giver: low, slug: level1[0]!.slug, kind: "member", now, secret: SECRET })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createGiftLink(db, { giver, slug: "no-such-piece", kind: "member", now, secret: SECRET })).rejects.toBeInstanceOf(AppError);
    const [theirs] = await db.select({ id: giftLinks.id }).from(giftLinks).where(eq(giftLinks.giverId, giver.id)).limit(1);
    await expect(revokeGiftLink(db, { giverId: low.id, id: theirs!.id, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
