import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoArticles } from "@/db/seed";
import { newContext, signedInContext } from "./support/accounts";
import { gatedPieces, publicPieces } from "./support/gated-text";

/*
 * Every HTML page, cached or rendered per request, carries a script nonce of its own in a
 * Content-Security-Policy without 'unsafe-inline' scripts, and every script tag has it.
 */
const gated = gatedPieces[0]!;
const seeded = demoArticles.find((a) => a.slug === gated.slug)!;
const anonymousPages = [
  "/",
  `/articles/${gated.slug}`,
  `/articles/${publicPieces[0]!.slug}`,
  "/latest",
  `/categories/${seeded.categories[0]}`,
  `/authors/${seeded.authors[0]}`,
  `/tags/${seeded.tags[0]}`,
  "/signin",
  "/subscribe",
  "/no-such-page",
];

async function expectNoncedPage(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBeLessThan(500);
  const headers = res.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  const nonce = scriptSrc.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
  expect(nonce, `${path}: ${policy}`).toBeDefined();
  expect(scriptSrc, path).not.toContain("unsafe-inline");
  expect(headers.etag, `${path} must not be revalidated into an old nonce`).toBeUndefined();
  const tags = (await res.text()).match(/<script\b[^>]*>/gi) ?? [];
  expect(tags.length, path).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test("every HTML page has its own script nonce, on every script tag", async ({ browser }) => {
  const anonymous = await newContext(browser);
  for (const path of anonymousPages) {
    const first = await expectNoncedPage(anonymous.request, path);
    expect(await expectNoncedPage(anonymous.request, path), `${path} served twice`).not.toBe(first);
  }
  const subscriber = await signedInContext(browser, "level4@meridian.example");
  for (const path of [`/articles/${gated.slug}`, "/account", "/subscribe"]) await expectNoncedPage(subscriber.request, path);
  const editor = await signedInContext(browser, "admin@meridian.example");
  for (const path of ["/admin", "/admin/articles", `/articles/${gated.slug}`]) await expectNoncedPage(editor.request, path);
  await Promise.all([anonymous.close(), subscriber.close(), editor.close()]);
});

function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("pages hydrate and navigate under the policy without a single violation", async ({ browser }) => {
  const anonymous = await (await newContext(browser)).newPage();
  const seen = watchViolations(anonymous);
  await anonymous.goto("/");
  // A client-side navigation proves the scripts ran: the window survives it.
  await anonymous.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await anonymous.locator(".card h3 a").first().click();
  await expect(anonymous.locator("article h1")).toBeVisible();
  expect(await anonymous.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  const subscriber = await (await signedInContext(browser, "level4@meridian.example")).newPage();
  const subscriberSeen = watchViolations(subscriber);
  await subscriber.goto(`/articles/${gated.slug}`);
  await expect(subscriber.locator(".gated-content")).toBeVisible();
  await subscriber.evaluate(() => ((window as unknown as { marker: number }).marker = 7));
  await subscriber.locator(".byline a[rel=author]").first().click();
  await expect(subscriber).toHaveURL(/\/authors\//);
  expect(await subscriber.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(7);
  await subscriber.goto("/account");
  await expect(subscriber.getByRole("heading", { level: 1 })).toBeVisible();

  const editor = await (await signedInContext(browser, "admin@meridian.example")).newPage();
  const editorSeen = watchViolations(editor);
  await editor.goto("/admin");
  await expect(editor.getByRole("heading", { level: 1 })).toBeVisible();
  await editor.waitForLoadState("networkidle");

  expect([...seen, ...subscriberSeen, ...editorSeen]).toEqual([]);
});
