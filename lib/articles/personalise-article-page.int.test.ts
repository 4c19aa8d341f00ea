import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { demoArticles, seedDatabase } from "@/scripts/seed/seed";
import { articles, users } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { createSession } from "@/lib/auth/create-session";
import { personaliseArticlePage, type SharedPage } from "./personalise-article-page";
import { renderArticleRest } from "./render-article-rest";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-11-29T12:00:00Z");
const level2 = demoArticles.find((a) => a.access.kind === "level" && a.access.level === 2 && !a.access.ccaps)!;
let gatedHtml: string;
let requests: string[];

beforeAll(async () => {
  const t = await createTestDatabase();
  db = t.db;
  drop = t.drop;
  await seedDatabase(db, { demoAccounts: true });
  const [row] = await db.select({ gatedHtml: articles.gatedHtml }).from(articles).where(eq(articles.slug, level2.slug));
  gatedHtml = row!.gatedHtml;
});
afterAll(async () => drop());

/** The shared page as the cache would hold it: teaser and the anonymous paywall box. */
function sharedPage(path: string): Promise<SharedPage> {
  requests.push(path);
  if (path !== `/articles/${level2.slug}`) return Promise.resolve({ status: 404, body: "<h1>Not found</h1>" });
  const rest = renderArticleRest(
    { kind: "paywall", requirement: { level: 2, ccaps: [] }, decision: { allowed: false, reason: "anonymous", missing: { level: 2, ccaps: [] } }, offer: null, signedIn: false, hasPlan: false, ccapLabels: {} },
    { slug: level2.slug },
  );
  return Promise.resolve({ status: 200, body: `<main><p>Teaser</p>${rest}</main><footer>end</footer>` });
}

async function tokenFor(email: string): Promise<string> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await createSession(db, { userId: user!.id, userAgent: "test", maxSessions: 50, now })).token;
}

async function pageFor(token: string, slug = level2.slug) {
  requests = [];
  return personaliseArticlePage(db, { slug, token, now, userAgent: "test", sharedPage });
}

describe("personaliseArticlePage", () => {
  it("puts the gated text into the shared page for an entitled reader", async () => {
    const page = await pageFor(await tokenFor("level3@meridian.example"));
    expect(page.kind).toBe("page");
    if (page.kind !== "page") return;
    expect(page.status).toBe(200);
    expect(page.html).toContain(gatedHtml);
    expect(page.html).toContain("<p>Teaser</p>");
    expect(page.html).toContain("<footer>end</footer>");
    expect(page.html).not.toContain("data-paywall");
    expect(requests).toEqual([`/articles/${level2.slug}`]);
  });

  it("gives a reader whose level is too low the offer of the cheapest plan that unlocks it, and no gated text", async () => {
    const page = await pageFor(await tokenFor("level1@meridian.example"));
    if (page.kind !== "page") throw new Error("expected a page");
    expect(page.html).toContain("Read on with Premium — 7 days free, then €16/month");
    expect(page.html).toContain("data-personalised");
    expect(page.html).not.toContain("/signin");
    expect(page.html).not.toMatch(/Level \d|current plan/);
    expect(page.html).not.toContain(gatedHtml);
    expect(page.html).not.toContain(gatedHtml.slice(0, 60));
  });

  it("tells a reader whose session has ended and shows the anonymous box", async () => {
    const page = await pageFor("no-such-session-token");
    if (page.kind !== "page") throw new Error("expected a page");
    expect(page.html).toContain("Your session has ended");
    expect(page.html).toContain("Read on with Premium — 7 days free, then €16/month");
    expect(page.html).toContain("Already have an account? Sign in");
    expect(page.html).not.toContain(gatedHtml.slice(0, 60));
  });

  it("shows a visitor without any session cookie the anonymous box, with no session notice", async () => {
    const page = await pageFor("");
    if (page.kind !== "page") throw new Error("expected a page");
    expect(page.html).toContain("Read on with Premium — 7 days free, then €16/month");
    expect(page.html).not.toContain("Your session has ended");
    expect(page.html).not.toContain(gatedHtml.slice(0, 60));
  });

  it("passes a missing page through with its status", async () => {
    const page = await pageFor(await tokenFor("level3@meridian.example"), "no-such-article");
    expect(page).toEqual({ kind: "page", status: 404, html: "<h1>Not found</h1>" });
  });

  it("leaves staff and authors to a per-request render (drafts, own pieces)", async () => {
    expect(await pageFor(await tokenFor("editor@meridian.example"))).toMatchObject({ kind: "render-per-request", member: { email: "editor@meridian.example" } });
    expect(await pageFor(await tokenFor("author@meridian.example"))).toMatchObject({ kind: "render-per-request", member: { email: "author@meridian.example" } });
    expect(requests).toEqual([]);
  });
});
