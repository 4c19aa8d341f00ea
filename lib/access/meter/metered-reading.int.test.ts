import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { articles, meterReads, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { createSession } from "@/lib/auth/create-session";
import { personaliseArticlePage, type SharedPage } from "@/lib/articles/personalise-article-page";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { setSettings } from "@/lib/settings/set-settings";
import { seedDatabase } from "@/scripts/seed/seed";
import { readMeterCookie, writeMeterCookie } from "./meter-cookie";

/*
 * The free-article meter through the real personalisation of a shared article page: an
 * anonymous reader's count in the signed cookie it returns, a member's in the database.
 */
let db: Database;
let drop: () => Promise<void>;
const SECRET = "int-secret-0123456789";
const now = new Date("2026-12-15T12:00:00Z");
let level1: { slug: string; id: number; gatedHtml: string }[];
let level3: { slug: string; id: number; gatedHtml: string };

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  await setSettings(db, { meterAnonymous: 3, meterMembers: 2, meterPeriod: "calendar-month", meterCeiling: 2 });
  const gated = (level: number) =>
    db
      .select({ slug: articles.slug, id: articles.id, gatedHtml: articles.gatedHtml })
      .from(articles)
      .where(and(eq(articles.effReqLevel, level), sql`cardinality(${articles.effReqCcaps}) = 0`, eq(articles.status, "published"), sql`${articles.gatedHtml} <> ''`))
      .orderBy(articles.id);
  level1 = (await gated(1)).slice(0, 5);
  level3 = (await gated(3))[0]!;
  expect(level1.length).toBe(5);
});
afterAll(async () => drop());

function sharedPage(path: string): Promise<SharedPage> {
  const slug = decodeURIComponent(path.replace("/articles/", ""));
  const rest = renderArticleRest(
    { kind: "paywall", requirement: { level: 1, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 1, ccaps: [] } }, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} },
    { slug },
  );
  return Promise.resolve({ status: 200, body: `<main><p>Teaser</p>${rest}</main>` });
}

async function read(slug: string, options: { token?: string; meterCookie?: string; at?: Date } = {}) {
  const page = await personaliseArticlePage(db, { slug, token: options.token ?? "", now: options.at ?? now, userAgent: "test", sharedPage, meterCookie: options.meterCookie, secret: SECRET });
  if (page.kind !== "page") throw new Error("expected a page");
  return page;
}

const gatedStart = (a: { gatedHtml: string }) => a.gatedHtml.slice(0, 60);

describe("the anonymous meter", () => {
  it("reads 3 free articles, then meets the paywall saying so; re-reading one costs nothing", async () => {
    let cookie: string | undefined;
    for (const [i, article] of level1.slice(0, 3).entries()) {
      const page = await read(article.slug, { meterCookie: cookie });
      expect(page.html).toContain(gatedStart(article));
      expect(page.html).toContain(i === 2 ? "This was your last free article this month" : `${2 - i} of 3 free articles left this month`);
      expect(page.meterCookie).toBeTruthy();
      cookie = page.meterCookie;
    }
    const fourth = await read(level1[3]!.slug, { meterCookie: cookie });
    expect(fourth.html).not.toContain(gatedStart(level1[3]!));
    expect(fourth.html).toContain("You have read your 3 free articles this month");
    expect(fourth.meterCookie).toBeUndefined();
    const again = await read(level1[1]!.slug, { meterCookie: cookie });
    expect(again.html).toContain(gatedStart(level1[1]!));
    expect(again.meterCookie).toBeUndefined();
    // Next month, the meter starts again.
    const nextMonth = await read(level1[3]!.slug, { meterCookie: cookie, at: new Date("2027-01-02T00:00:00Z") });
    expect(nextMonth.html).toContain(gatedStart(level1[3]!));
    expect(readMeterCookie(nextMonth.meterCookie, SECRET)).toMatchObject({ kind: "valid", entries: [[level1[3]!.id, expect.any(Number)]] });
  });

  it("a forged cookie is a used-up meter, never an error", async () => {
    const forged = writeMeterCookie([], "not-the-site-secret");
    for (const meterCookie of [forged, "m1.e30.AAAA", "%%%"]) {
      const page = await read(level1[0]!.slug, { meterCookie });
      expect(page.status).toBe(200);
      expect(page.html).not.toContain(gatedStart(level1[0]!));
      expect(page.html).toContain("You have read your 3 free articles this month");
    }
  });

  it("never opens an article above the ceiling", async () => {
    const page = await read(level3.slug);
    expect(page.html).not.toContain(gatedStart(level3));
    expect(page.meterCookie).toBeUndefined();
  });

  it("never opens an article switched to never metered", async () => {
    await db.update(articles).set({ neverMetered: true }).where(eq(articles.id, level1[4]!.id));
    const page = await read(level1[4]!.slug);
    expect(page.html).not.toContain(gatedStart(level1[4]!));
    await db.update(articles).set({ neverMetered: false }).where(eq(articles.id, level1[4]!.id));
  });

  it("without a site secret there is no anonymous meter", async () => {
    const page = await personaliseArticlePage(db, { slug: level1[0]!.slug, token: "", now, userAgent: "t", sharedPage, secret: null });
    if (page.kind !== "page") throw new Error("expected a page");
    expect(page.html).not.toContain(gatedStart(level1[0]!));
  });
});

describe("a member's meter", () => {
  it("counts in the database: 2 free articles for a level 0 member, re-reads free, then the paywall", async () => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, "level0@meridian.example"));
    const token = (await createSession(db, { userId: user!.id, userAgent: "test", maxSessions: 50, now })).token;
    expect((await read(level1[0]!.slug, { token })).html).toContain("1 of 2 free articles left this month");
    expect((await read(level1[0]!.slug, { token })).html).toContain(gatedStart(level1[0]!));
    expect((await read(level1[1]!.slug, { token })).html).toContain("This was your last free article this month");
    const third = await read(level1[2]!.slug, { token });
    expect(third.html).not.toContain(gatedStart(level1[2]!));
    expect(third.html).toContain("You have read your 2 free articles this month");
    expect(third.meterCookie).toBeUndefined();
    const rows = await db.select().from(meterReads).where(eq(meterReads.memberId, user!.id));
    expect(rows.map((r) => r.articleId).sort()).toEqual([level1[0]!.id, level1[1]!.id].sort());
  });

  it("a subscriber is not metered (nothing recorded)", async () => {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, "level1@meridian.example"));
    const token = (await createSession(db, { userId: user!.id, userAgent: "test", maxSessions: 50, now })).token;
    const page = await read(level1[3]!.slug, { token });
    expect(page.html).toContain(gatedStart(level1[3]!));
    expect(page.html).not.toContain("free article");
    expect(await db.select().from(meterReads).where(eq(meterReads.memberId, user!.id))).toEqual([]);
  });
});
