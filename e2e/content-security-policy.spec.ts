import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { demoArticles } from "@/scripts/seed/seed";
import { newContext, signedInContext } from "./support/accounts";
import { createArticle } from "./support/articles";
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
// Next's prerendered not-found page is shared by everyone who asks for a made-up address.
sharedPages.push("/no-such-page");
const renderedPages = ["/signin", "/subscribe"];

type Allowance = { nonce: string } | { hashes: string[] };

async function expectGuardedPage(request: APIRequestContext, path: string, kind: "nonce" | "hash"): Promise<Allowance> {
  const res = await request.get(path, { maxRedirects: 0 });
  expect(res.status(), path).toBeLessThan(500);
  const headers = res.headers();
  const policy = headers["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc, path).not.toContain("unsafe-inline");
  expect(headers.etag, `${path} must not be revalidated into an old policy`).toBeUndefined();
  const html = await res.text();
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(tags.length, path).toBeGreaterThan(0);
  if (kind === "nonce") {
    const nonce = scriptSrc.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeDefined();
    expect(scriptSrc, path).not.toContain("'sha256-");
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
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

/*
 * Hostile Markdown (script-like text in every position the editor allows) through every
 * kind of page: shared, with a query string (rendered by Next), a member's spliced page,
 * the staff render, the editor and its preview, search and listings. Nothing runs.
 */
const HOSTILE = [
  "<script a><script>window.__pwned = 1</script>",
  '"><script>window.__pwned = 2</script>',
  "</script><script>window.__pwned = 3</script>",
  "<img src=x onerror=window.__pwned=4>",
  "<svg><script>window.__pwned = 5</script></svg>",
];
const hostileMarkdown = (p: string) =>
  [`# ${p}`, p, `![${p}](/icon.svg "${p}")`, `[a link](/latest "${p}")`, `| ${p} |\n|---|\n| ${p} |`, `> ${p}`, `- ${p}`, `\`${p}\``].join("\n\n");

test("hostile Markdown never runs, on any kind of page, for any reader", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const body = ["An opening paragraph that anyone may read, before the break.", ...HOSTILE.map(hostileMarkdown), "<!-- paywall -->", ...HOSTILE.map(hostileMarkdown)].join("\n\n");
  const article = await createArticle(editor, body);
  const gated = await createArticle(editor, body, { requirement: { level: "2", ccaps: [] }, reason: "security spec" });
  const level2 = await signedInContext(browser, "level2@meridian.example");
  const anonymous = await newContext(browser);
  const visits: [BrowserContext, string][] = [
    [anonymous, `/articles/${article.slug}`],
    [anonymous, `/articles/${article.slug}?utm_source=newsletter`],
    [anonymous, `/articles/${gated.slug}`],
    [level2, `/articles/${gated.slug}`],
    [level2, `/articles/${article.slug}?x=1`],
    [editor, `/articles/${gated.slug}`],
    [editor, `/admin/articles/${gated.id}`],
    [editor, `/admin/articles/${gated.id}/preview?as=2`],
    [anonymous, `/search?q=${encodeURIComponent("pwned")}`],
    [anonymous, "/latest"],
  ];
  for (const [context, url] of visits) {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("dialog", (d) => void d.dismiss());
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => ((window as unknown as { __violations: string[] }).__violations ??= []).push(e.violatedDirective));
    });
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined();
    // No script element of the page's own carries the payload; Next's flight data holds it as an escaped string.
    const scripts = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => s.textContent ?? ""));
    expect(scripts.filter((s) => s.includes("__pwned") && !s.startsWith("self.__next_f.push(")), url).toEqual([]);
    await page.close();
  }
  await Promise.all([editor.close(), level2.close(), anonymous.close()]);
});

