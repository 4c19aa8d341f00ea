import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoArticles } from "@/scripts/seed/seed";
import { newContext, signedInContext } from "./support/accounts";
import { gatedPieces, publicPieces } from "./support/gated-text";

/*
 * Every HTML page carries a Content-Security-Policy without 'unsafe-inline' scripts that
 * allows exactly the inline scripts the server put there: a page rendered for one response
 * by a nonce of its own on every script tag; a page shared by every reader (the server's
 * page memory, and a member's article spliced into it) by the SHA-256 of each inline
 * script, with no nonce anywhere to reuse.
 */
const gated = gatedPieces[0]!;
const seeded = demoArticles.find((a) => a.slug === gated.slug)!;
const sharedPages = [
  "/",
  `/articles/${gated.slug}`,
  `/articles/${publicPieces[0]!.slug}`,
  "/latest",
  `/categories/${seeded.categories[0]}`,
  `/authors/${seeded.authors[0]}`,
  `/tags/${seeded.tags[0]}`,
];
const renderedPages = ["/signin", "/subscribe"];
// A made-up address: Next's not-found page, rendered for this response or taken from its cache.
const notFoundPages = ["/no-such-page", "/articles/no-such-piece"];

type Allowance = { nonce: string } | { hashes: string[] };

async function expectGuardedPage(request: APIRequestContext, path: string, expected: "nonce" | "hash" | "either"): Promise<Allowance> {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBeLessThan(500);
  const headers = res.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  const kind = expected === "either" ? (scriptSrc.includes("'nonce-") ? "nonce" : "hash") : expected;
  expect(scriptSrc, path).not.toContain("unsafe-inline");
  expect(headers.etag, `${path} must not be revalidated into an old policy`).toBeUndefined();
  const html = await res.text();
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(tags.length, path).toBeGreaterThan(0);
  if (kind === "nonce") {
    const nonce = scriptSrc.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeDefined();
    expect(scriptSrc, path).not.toContain("'sha256-");
    // Every script that runs carries the nonce; data blocks (JSON-LD) never run, and the policy need not allow them.
    for (const tag of tags.filter((t) => !/type="application\/(ld\+)?json"/.test(t))) expect(tag, path).toContain(`nonce="${nonce}"`);
    return { nonce: nonce! };
  }
  expect(scriptSrc, path).not.toContain("'nonce-");
  for (const tag of tags) expect(tag, path).not.toContain("nonce=");
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
    .map(([, , text]) => `'sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}'`);
  expect(inline.length, path).toBeGreaterThan(0);
  const allowed = scriptSrc.match(/'sha256-[^']+'/g) ?? [];
  // Exactly the page's own scripts: none missing (they would not run), none extra.
  expect(new Set(allowed), path).toEqual(new Set(inline));
  return { hashes: allowed };
}

test("every HTML page allows exactly its own inline scripts: a fresh nonce when rendered, hashes when shared", async ({ browser }) => {
  const anonymous = await newContext(browser);
  for (const path of renderedPages) {
    const first = await expectGuardedPage(anonymous.request, path, "nonce");
    expect(await expectGuardedPage(anonymous.request, path, "nonce"), `${path} served twice`).not.toEqual(first);
  }
  for (const path of notFoundPages) await expectGuardedPage(anonymous.request, path, "either");
  for (const path of sharedPages) {
    await expectGuardedPage(anonymous.request, path, "hash");
    // Served again (from memory this time), still exactly its scripts.
    await expectGuardedPage(anonymous.request, path, "hash");
  }
  const subscriber = await signedInContext(browser, "level4@meridian.example");
  await expectGuardedPage(subscriber.request, `/articles/${gated.slug}`, "hash");
  for (const path of ["/account", "/subscribe"]) await expectGuardedPage(subscriber.request, path, "nonce");
  const editor = await signedInContext(browser, "admin@meridian.example");
  for (const path of ["/admin", "/admin/articles", `/articles/${gated.slug}`]) await expectGuardedPage(editor.request, path, "nonce");
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
