import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { BASE_URL, newContext, signedInContext } from "./support/accounts";

/*
 * axe over every reader and newsroom page, as the viewer who sees it: no serious or critical
 * violation. It runs twice: in English with the rest of the suite, and in French once the
 * newsroom has switched the site's language (the "french" project, playwright.config.ts).
 */

const SAME_ORIGIN = { origin: BASE_URL };

async function violationsOn(page: Page, path: string, language: string): Promise<string[]> {
  const res = await page.goto(path);
  const status = res?.status() ?? 0;
  const expectedStatus = path.startsWith("/no-such") ? 404 : 200;
  if (status !== expectedStatus) return [`${path}: answered ${status}, expected ${expectedStatus}`];
  await page.waitForLoadState("load");
  const problems: string[] = [];
  const lang = await page.locator("html").getAttribute("lang");
  if (lang !== language) problems.push(`${path}: <html lang="${lang}">, expected "${language}"`);
  const results = await new AxeBuilder({ page }).analyze();
  for (const v of results.violations) {
    if (v.impact === "serious" || v.impact === "critical") problems.push(`${path}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }
  return problems;
}

async function sweep(context: BrowserContext, paths: string[], language: string): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) problems.push(...(await violationsOn(page, path, language)));
  await page.close();
  return problems;
}

/** The first link on a list page whose address matches, e.g. the first member's page. */
async function firstLink(context: BrowserContext, listPath: string, pattern: RegExp): Promise<string | null> {
  const page = await context.newPage();
  await page.goto(listPath);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  await page.close();
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

const languageOf = (projectName: string) => (projectName === "french" ? "fr" : "en");

test("every reader page, signed out, has no serious accessibility violation", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const visitor = await newContext(browser);
  const footerPage = await firstLink(visitor, "/", /^\/pages\/[a-z0-9-]+$/);
  const paths = [
    "/",
    "/latest",
    "/categories/libya",
    "/tags/sanctions",
    "/authors/clara-vermeulen",
    "/articles/eufor-althea-bosnia-mandate-renewal",
    "/articles/shadow-fleet-tanker-sanctions-enforcement",
    "/articles/mauritanie-partenaire-discret-frontieres-ue",
    "/articles/achats-communs-defense-europeenne-bilan",
    "/search?q=libya",
    "/search?q=zzzznothing",
    "/subscribe",
    "/signin",
    "/signin/check-email",
    "/signin/error",
    "/signup",
    "/forgot-password",
    "/reset-password?token=not-a-real-token",
    "/staff-invitation?token=not-a-real-token",
    ...(footerPage ? [footerPage] : []),
    "/no-such-page-anywhere",
  ];
  expect(await sweep(visitor, paths, languageOf(testInfo.project.name))).toEqual([]);
  await visitor.close();
});

test("every page of a member's own road has no serious accessibility violation", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const language = languageOf(testInfo.project.name);
  const reader = await signedInContext(browser, "level1@meridian.example");
  const premium = await signedInContext(browser, "level2@meridian.example");
  const problems = [
    // Readable, then above the reader's level (the paywall as a member meets it).
    ...(await sweep(reader, ["/account", "/articles/shadow-fleet-tanker-sanctions-enforcement", "/articles/sahel-armed-drones-strike-data", "/subscribe"], language)),
    ...(await sweep(premium, ["/account", "/subscribe", "/articles/achats-communs-defense-europeenne-bilan"], language)),
  ];
  expect(problems).toEqual([]);
  await reader.close();
  await premium.close();
});

test("every newsroom page has no serious accessibility violation", async ({ browser }, testInfo) => {
  test.setTimeout(360_000);
  const admin = await signedInContext(browser, "admin@meridian.example");
  // Pages of things the seed does not make: one of each, made here through the newsroom's API.
  const stamp = Date.now().toString(36);
  const newsletter = await admin.request.post("/api/admin/newsletters", { headers: SAME_ORIGIN, data: { name: `Accessibility ${stamp}`, description: "Made by the accessibility sweep.", cadence: "digest" } });
  expect(newsletter.status(), await newsletter.text()).toBe(200);
  const organisation = await admin.request.post("/api/admin/organisations", { headers: SAME_ORIGIN, data: { action: "save", name: `Accessibility ${stamp}`, grant: { level: "1" }, emailDomains: `a11y-${stamp}.example` } });
  expect(organisation.status(), await organisation.text()).toBe(200);
  const webhook = await admin.request.post("/api/admin/webhooks", { headers: SAME_ORIGIN, data: { url: "https://hooks.example.org/lede", events: ["member.created"], enabled: "on" } });
  expect(webhook.status(), await webhook.text()).toBe(200);
  const webhookId = ((await webhook.json()) as { id: number }).id;

  const article = await firstLink(admin, "/admin/articles", /^\/admin\/articles\/\d+$/);
  const found = {
    article,
    member: await firstLink(admin, "/admin/members", /^\/admin\/members\/[0-9a-f-]{8,}$/),
    author: await firstLink(admin, "/admin/authors", /^\/admin\/authors\/\d+$/),
    plan: await firstLink(admin, "/admin/plans", /^\/admin\/plans\/\d+$/),
    newsletter: await firstLink(admin, "/admin/newsletters", /^\/admin\/newsletters\/\d+$/),
    organisation: await firstLink(admin, "/admin/organisations", /^\/admin\/organisations\/\d+$/),
  };
  for (const [what, href] of Object.entries(found)) expect(href, `a link to a ${what}'s page`).toBeTruthy();
  const paths = [
    "/admin",
    "/admin/articles",
    "/admin/articles/new",
    found.article!,
    `${found.article!}/revisions`,
    `${found.article!}/preview`,
    "/admin/sections",
    "/admin/access",
    "/admin/newsletters",
    found.newsletter!,
    "/admin/members",
    "/admin/members/new",
    "/admin/members/import",
    found.member!,
    "/admin/authors",
    "/admin/authors/new",
    found.author!,
    "/admin/plans",
    "/admin/plans/new",
    found.plan!,
    "/admin/organisations",
    found.organisation!,
    "/admin/settings",
    "/admin/site",
    "/admin/site/pages",
    "/admin/webhooks",
    `/admin/webhooks/${webhookId}`,
    "/admin/audit",
    "/admin/staff",
  ];
  const problems = await sweep(admin, paths, languageOf(testInfo.project.name));
  expect((await admin.request.post(`/api/admin/webhooks/${webhookId}/delete`, { headers: SAME_ORIGIN })).status()).toBe(200);
  expect(problems).toEqual([]);
  await admin.close();
});
