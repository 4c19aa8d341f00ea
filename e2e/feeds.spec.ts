import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { BASE_URL, newContext, signedInContext, uniqueEmail } from "./support/accounts";
import { normaliseText } from "./support/gated-text";

/*
 * Feeds and discovery on time (issue 15): the feeds and sitemaps follow a publish and an
 * unpublish within seconds, sections, tags and authors have feeds of their own, a Google
 * News sitemap, a member's private full-text feed, and each article's social card. The
 * pieces made here would top the listings other specs read: project "newsroom".
 */
const OPEN = "This opening paragraph of the feed test is free for every visitor.";
const CLOSED = "This closing paragraph of the feed test belongs to paying subscribers alone.";
const SAME_ORIGIN = { origin: BASE_URL };
/** "Within seconds": what the shared cache's purge promises (it takes well under one here). */
const WITHIN = 5_000;

async function categoryTagAndAuthor(editor: BrowserContext): Promise<{ categoryId: string; tagId: string; authorId: string }> {
  const page = await editor.newPage();
  await page.goto("/admin/articles/new");
  const categoryId = await page.getByRole("checkbox", { name: /Tunisia$/ }).getAttribute("value");
  const tagId = await page.getByRole("checkbox", { name: "Drones", exact: true }).getAttribute("value");
  const authorId = await page.getByRole("checkbox", { name: "Youssef Haddad", exact: true }).getAttribute("value");
  await page.close();
  return { categoryId: categoryId!, tagId: tagId!, authorId: authorId! };
}

async function publish(editor: BrowserContext, extra: { categoryIds?: string[]; tagIds?: string[]; authorIds?: string[] } = {}) {
  const title = `Feed test ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const bodyMarkdown = `${OPEN}\n\n<!-- paywall -->\n\n${CLOSED}`;
  const res = await editor.request.post("/api/admin/articles", { headers: SAME_ORIGIN, data: { title, standfirst: "Made by the feeds spec.", bodyMarkdown, intent: "publish", requirement: { level: "1", ccaps: [] }, ...extra } });
  expect(res.status(), await res.text()).toBe(201);
  const { id, version } = (await res.json()) as { id: number; version: number };
  const search = (await (await editor.request.get(`/api/admin/articles/search?q=${encodeURIComponent(title)}`)).json()) as { results: { id: number; slug: string }[] };
  return { id, version, title, bodyMarkdown, slug: search.results.find((r) => r.id === id)!.slug, ...extra };
}

async function unpublish(editor: BrowserContext, piece: Awaited<ReturnType<typeof publish>>) {
  const page = await editor.newPage();
  await page.goto(`/admin/articles/${piece.id}`);
  const version = Number(await page.locator('input[name="version"]').inputValue());
  await page.close();
  const data = { title: piece.title, slug: piece.slug, bodyMarkdown: piece.bodyMarkdown, categoryIds: piece.categoryIds ?? [], tagIds: piece.tagIds ?? [], authorIds: piece.authorIds ?? [], requirement: { level: "1", ccaps: [] } };
  const res = await editor.request.post(`/api/admin/articles/${piece.id}`, { headers: SAME_ORIGIN, data: { ...data, standfirst: "Made by the feeds spec.", version, intent: "unpublish", reason: "feeds spec" } });
  expect(res.status(), await res.text()).toBe(200);
}

const get = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path);
  return { status: res.status(), headers: res.headers(), body: await res.text() };
};

test("a publish reaches RSS, Atom, the section, tag and author feeds and the sitemaps within seconds, and an unpublish leaves them as fast", async ({ browser, playwright }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const { categoryId, tagId, authorId } = await categoryTagAndAuthor(editor);
  const reader = await playwright.request.newContext({ baseURL: BASE_URL });
  const surfaces = ["/feed.xml", "/atom.xml", "/categories/tunisia/feed.xml", "/categories/north-africa/atom.xml", "/tags/drones/feed.xml", "/authors/youssef-haddad/feed.xml", "/sitemap-pages.xml", "/news-sitemap.xml"];
  // Read first, so that each is in the cache when the piece is published: the case that used to lag.
  for (const path of surfaces) {
    const res = await get(reader, path);
    expect(res.status, path).toBe(200);
    expect(res.headers["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(res.headers["set-cookie"], path).toBeUndefined();
  }
  expect((await get(reader, "/feed.xml")).headers["content-type"]).toContain("application/rss+xml");
  expect((await get(reader, "/atom.xml")).headers["content-type"]).toContain("application/atom+xml");

  const piece = await publish(editor, { categoryIds: [categoryId], tagIds: [tagId], authorIds: [authorId] });
  const published = Date.now();
  // Each surface gets the 5 s on its own: on a loaded machine one round of eight renders can take that long.
  for (const path of surfaces) await expect.poll(async () => (await get(reader, path)).body, { message: path, timeout: WITHIN, intervals: [100, 250, 500] }).toContain(`/articles/${piece.slug}`);
  console.log(`feeds: a publish showed in ${surfaces.length} feeds and sitemaps after ${Date.now() - published} ms`);

  // A gated item says it is for subscribers, in its description, never in its title; no gated text.
  for (const path of ["/feed.xml", "/atom.xml", "/categories/tunisia/feed.xml"]) {
    const { body } = await get(reader, path);
    expect(body, path).toContain(`For subscribers: read on at ${BASE_URL}/articles/${piece.slug}`);
    expect(body, path).not.toContain("(Subscribers)");
    expect(body, path).toContain(piece.title);
    expect(normaliseText(body), path).not.toContain(normaliseText(CLOSED));
  }
  // The piece is not in a section it is not filed in.
  expect((await get(reader, "/categories/ukraine/feed.xml")).body).not.toContain(piece.slug);

  await unpublish(editor, piece);
  const unpublished = Date.now();
  for (const path of surfaces) await expect.poll(async () => (await get(reader, path)).body, { message: path, timeout: WITHIN, intervals: [100, 250, 500] }).not.toContain(`/articles/${piece.slug}`);
  console.log(`feeds: an unpublish left them after ${Date.now() - unpublished} ms`);
  await reader.dispose();
  await editor.close();
});

test("section, tag and author pages link their feeds; an unknown section's feed is a 404", async ({ browser, playwright }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const listing of ["/categories/libya", "/tags/nato", "/authors/clara-vermeulen"]) {
    expect((await page.goto(listing))?.status(), listing).toBe(200);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${BASE_URL}${listing}/feed.xml`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${BASE_URL}${listing}/atom.xml`);
  }
  await context.close();
  const reader = await playwright.request.newContext({ baseURL: BASE_URL });
  const libya = await get(reader, "/categories/libya/feed.xml");
  expect(libya.status).toBe(200);
  expect(libya.body).toContain("<title>Libya — ");
  for (const path of ["/categories/no-such-section/feed.xml", "/tags/no-such-tag/atom.xml", "/authors/nobody-at-all/feed.xml"]) {
    const res = await get(reader, path);
    expect(res.status, path).toBe(404);
    expect(res.body).toContain("No such section");
  }
  await reader.dispose();
});

test("the Google News sitemap lists the last 48 hours with news:news, named in robots.txt and the sitemap index", async ({ browser, playwright }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const piece = await publish(editor);
  const reader = await playwright.request.newContext({ baseURL: BASE_URL });
  const news = await get(reader, "/news-sitemap.xml");
  expect(news.headers["content-type"]).toContain("xml");
  expect(news.body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  expect(news.body).toContain(`<loc>${BASE_URL}/articles/${piece.slug}</loc><news:news><news:publication><news:name>`);
  expect(news.body).toContain("<news:language>en</news:language>");
  expect(news.body).toContain(`<news:title>${piece.title}</news:title>`);
  expect(normaliseText(news.body)).not.toContain(normaliseText(CLOSED));
  const robots = await get(reader, "/robots.txt");
  expect(robots.body).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  expect(robots.body).toContain(`Sitemap: ${BASE_URL}/news-sitemap.xml`);
  expect(robots.body).toContain("Disallow: /private-feeds/");
  const index = await get(reader, "/sitemap.xml");
  expect(index.body).toContain("<sitemapindex");
  expect(index.body).toContain(`<loc>${BASE_URL}/news-sitemap.xml</loc>`);
  expect(index.body).toContain(`<loc>${BASE_URL}/sitemap-pages.xml</loc>`);
  // The seeded pieces are dated days back: older than 48 hours, they are not news.
  const pages = await get(reader, "/sitemap-pages.xml");
  const seeded = pages.body.split("<loc>").length - news.body.split("<loc>").length;
  expect(seeded).toBeGreaterThan(20);
  await reader.dispose();
  await editor.close();
});

test("each article's social card is a 1200×630 PNG that og:image and twitter:image point to, cached like the page", async ({ browser, playwright }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const piece = await publish(editor);
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`/articles/${piece.slug}`);
  const card = `${BASE_URL}/og/articles/${piece.slug}`;
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", card);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", card);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await context.close();

  const reader = await playwright.request.newContext({ baseURL: BASE_URL });
  for (let i = 0; i < 2; i++) {
    const res = await reader.get(`/og/articles/${piece.slug}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(res.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(res.headers()["set-cookie"]).toBeUndefined();
    const png = await res.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }
  expect((await reader.get("/og/articles/no-such-piece")).status()).toBe(404);
  // A retitled piece gets a new card at once: the save purges it with the article page.
  const before = await (await reader.get(`/og/articles/${piece.slug}`)).body();
  const form = await editor.newPage();
  await form.goto(`/admin/articles/${piece.id}`);
  const version = Number(await form.locator('input[name="version"]').inputValue());
  await form.close();
  const saved = await editor.request.post(`/api/admin/articles/${piece.id}`, { headers: SAME_ORIGIN, data: { title: `${piece.title} retitled`, slug: piece.slug, standfirst: "Made by the feeds spec.", bodyMarkdown: piece.bodyMarkdown, requirement: { level: "1", ccaps: [] }, version, intent: "publish", reason: "feeds spec" } });
  expect(saved.status(), await saved.text()).toBe(200);
  await expect.poll(async () => Buffer.compare(await (await reader.get(`/og/articles/${piece.slug}`)).body(), before), { timeout: WITHIN }).not.toBe(0);
  await reader.dispose();
  await editor.close();
});

test("a member's private feed holds the full text of what they may read now, follows their access, and a new address revokes the old one", async ({ browser, playwright }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const piece = await publish(editor);
  const member = await newContext(browser);
  const email = uniqueEmail("feed");
  expect((await member.request.post("/api/session/signup", { data: { name: "Feed Reader", email, password: "feed-reader-pass" }, headers: SAME_ORIGIN })).status()).toBe(201);
  const page = await member.newPage();
  await page.goto("/account");
  await page.getByRole("button", { name: "Create my private feed" }).click();
  const address = page.getByTestId("private-feed-url");
  await expect(address).toHaveValue(new RegExp(`^${BASE_URL}/private-feeds/[A-Za-z0-9_-]{43}$`));
  const first = await address.inputValue();

  // A feed reader has no cookies: the address alone.
  const app = await playwright.request.newContext();
  const read = async (url: string) => {
    const res = await app.get(url);
    return { status: res.status(), cacheControl: res.headers()["cache-control"], body: await res.text() };
  };
  // A free account: the piece is there, for subscribers, without its gated text.
  let feed = await read(first);
  expect(feed.status).toBe(200);
  expect(feed.cacheControl).toBe("private, no-store");
  expect(feed.body).toContain(`/articles/${piece.slug}`);
  expect(normaliseText(feed.body)).toContain(normaliseText(OPEN));
  expect(normaliseText(feed.body)).not.toContain(normaliseText(CLOSED));

  // Subscribed (test checkout): the same address now carries the full text.
  const plans = await (await member.request.get("/subscribe")).text();
  const planId = plans.match(/data-plan="Reader" data-plan-id="(\d+)"/)?.[1];
  const checkout = await (await member.request.post("/api/billing/checkout", { data: { planId, returnTo: "/account" }, headers: SAME_ORIGIN })).json();
  expect((await member.request.post("/api/billing/test-checkout", { data: { sessionId: String(checkout.redirect).split("/").pop() }, headers: SAME_ORIGIN })).status()).toBe(200);
  feed = await read(first);
  expect(normaliseText(feed.body)).toContain(normaliseText(CLOSED));
  expect(feed.cacheControl).toBe("private, no-store");

  // The subscription ends: the gated text goes with it, on the next request.
  const subscriptionId = (await (await member.request.get("/account")).text()).match(/sub_test_[A-Za-z0-9_-]+/)?.[0];
  for (const action of ["cancel", "end-period"]) {
    expect((await member.request.post("/api/billing/test-subscription", { data: { subscriptionId, action }, headers: SAME_ORIGIN })).status()).toBe(200);
  }
  feed = await read(first);
  expect(feed.body).toContain(`/articles/${piece.slug}`);
  expect(normaliseText(feed.body)).not.toContain(normaliseText(CLOSED));

  // A new address: the old one answers 404 at once.
  await page.goto("/account");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Make a new address" }).click();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await read(first)).status).toBe(404);
  expect((await read(second)).status).toBe(200);
  expect((await read(`${BASE_URL}/private-feeds/not-a-token`)).status).toBe(404);
  await app.dispose();
  await member.close();
  await editor.close();
});
