import { expect, test } from "@playwright/test";
import { gatedPieces } from "./support/gated-text";

test("a visitor reads the front page, meets the paywall, and browses authors, sections and tags", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("The Meridian Desk");
  await expect(page.getByRole("heading", { name: "Latest" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Regions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Policy" })).toBeVisible();
  await expect(page.locator(".badge", { hasText: "Subscribers" }).first()).toBeVisible();

  const piece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 1 && !p.access.ccaps)!;
  await page.goto(`/articles/${piece.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(piece.title);
  const paywall = page.locator("[data-paywall]");
  await expect(paywall).toBeVisible();
  await expect(paywall).toContainText("Read on with Reader — €9/month");
  await expect(paywall).not.toContainText(/Level \d/);
  await expect(paywall.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/articles/${piece.slug}`)}`);
  await expect(paywall.getByRole("link", { name: "Subscribe to Reader" })).toHaveAttribute("href", new RegExp(`^/subscribe\\?plan=\\d+&from=${piece.slug}$`));
  // The paywall sits right after the teaser, inside the body.
  await expect(page.locator(".article-body > .teaser-content + .article-rest > [data-paywall]")).toHaveCount(1);
  await expect(page.locator(".gated-content")).toHaveCount(0);

  await page.locator(".byline a[rel=author]").first().click();
  await expect(page).toHaveURL(/\/authors\//);
  await expect(page.locator(".author-header img")).toHaveAttribute("alt", /Portrait of/);
  await expect(page.locator(".card").first()).toBeVisible();

  await page.goto(`/articles/${piece.slug}`);
  await page.locator(".breadcrumbs a").first().click();
  await expect(page).toHaveURL(/\/categories\//);
  await expect(page.locator(".card").first()).toBeVisible();

  await page.goto(`/articles/${piece.slug}`);
  await page.locator(".tag-list a").first().click();
  await expect(page).toHaveURL(/\/tags\//);
  await expect(page.locator(".card").first()).toBeVisible();
});

test("a parent category lists its children's articles", async ({ page }) => {
  await page.goto("/categories/north-africa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Africa");
  await expect(page.getByRole("list", { name: "Subsections" })).toContainText("Libya");
  await expect(page.locator(".card .kicker", { hasText: "Libya" }).first()).toBeVisible();
  await page.goto("/categories/libya");
  await expect(page.locator(".breadcrumbs")).toContainText("Regions");
  await expect(page.locator(".breadcrumbs")).toContainText("North Africa");
});

test("an article shows hero, byline, tags, author box and read-also", async ({ page }) => {
  await page.goto("/latest");
  await page.locator(".card h2 a").first().click();
  await expect(page.locator("figure.hero img")).toHaveAttribute("alt", /.+/);
  await expect(page.locator("figure.hero figcaption")).toContainText("Illustration");
  await expect(page.locator(".byline time").first()).toBeVisible();
  await expect(page.locator(".author-box").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Read also" })).toBeVisible();
  await expect(page.locator("script[type='application/ld+json']")).toHaveCount(1);
});

test("listings paginate and reject bad page numbers", async ({ request }) => {
  expect((await request.get("/latest")).status()).toBe(200);
  expect((await request.get("/latest/page/2")).status()).toBe(200);
  for (const bad of ["/latest/page/0", "/latest/page/-1", "/latest/page/abc", "/latest/page/99999", "/latest/page/1e3", "/latest/whatever"]) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
  for (const q of ["0", "-1", "abc", "99999"]) {
    const res = await request.get(`/categories/regions?page=${q}`);
    expect([200, 404], `?page=${q}`).toContain(res.status());
  }
  const redirected = await request.get("/categories/regions?page=2", { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()["location"]).toContain("/categories/regions/page/2");
});

test("unknown slugs get a friendly 404", async ({ page }) => {
  for (const path of ["/articles/no-such-article", "/authors/nobody", "/categories/nowhere", "/tags/nothing", "/no/such/page"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("reading pages are sent compressed, the first answer after a page left the page memory too", async ({ request }) => {
  // Tag pages other specs rarely read: the first answer is likely a fresh render, answered but not yet kept.
  for (const path of ["/tags/peacekeeping", "/tags/humanitarian"]) {
    for (const round of ["first", "second"]) {
      const response = await request.get(path, { headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(response.status(), `${path} ${round}`).toBe(200);
      expect(response.headers()["content-encoding"], `${path} ${round} (${response.headers()["x-lede-page-memory"]})`).toMatch(/^(gzip|br)$/);
    }
  }
});

test("links prefetch on intent only: nothing as the front page loads, the article once the pointer is on its link", async ({ page }) => {
  const asked: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["rsc"] === "1") asked.push(new URL(r.url()).pathname);
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);
  const link = page.locator(".card a[href^='/articles/']").first();
  const href = await link.getAttribute("href");
  await link.hover();
  await expect.poll(() => asked).toContain(href);
  await link.click();
  await expect(page).toHaveURL(href!);
  await expect(page.locator(".article h1")).toBeVisible();
});
