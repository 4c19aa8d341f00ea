import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { BASE_URL, newContext, randomIp, signIn, signedInByEmailCode, signedInContext } from "./support/accounts";
import { signOutAndClose, signUpMember } from "./support/fresh-members";

/*
 * The site's chrome as readers meet it (issue 15): one header on every page, a sections menu
 * that works by keyboard at phone widths, nothing wider than the screen at 320 and 390 px,
 * the headline in the first screen, and a header that knows who is there without the shared
 * pages ever holding a member's name.
 */
const ARTICLE = "/articles/libya-coast-guard-training-mission-review";

async function expectNoSidewaysScroll(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(500);
  const widths = await page.evaluate(() => {
    const inner = window.innerWidth;
    // What sticks out, to say so when it does.
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > inner + 0.5 && !el.closest(".admin-table"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.scrollingElement!.scrollWidth, inner, wide };
  });
  expect(widths.scroll, `${path} at ${widths.inner} px: ${widths.wide.join(" ")}`).toBeLessThanOrEqual(widths.inner);
}

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), label).toEqual([]);
}

for (const width of [320, 390]) {
  test(`nothing overflows sideways at ${width} px; the headline is in the first screen`, async ({ browser }) => {
    const visitor = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 640 }, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await visitor.newPage();
    for (const path of ["/", ARTICLE, "/search?q=libya", "/subscribe", "/latest", "/no-such-page-anywhere"]) await expectNoSidewaysScroll(page, path);
    await page.goto(ARTICLE);
    const headline = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(headline!.y + headline!.height).toBeLessThanOrEqual(640);
    await page.goto("/");
    const lead = await page.locator(".lead-story h2").boundingBox();
    expect(lead!.y).toBeLessThan(640);
    await visitor.close();

    const member = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 640 }, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    await signIn(member, "level1@meridian.example");
    const memberPage = await member.newPage();
    await expectNoSidewaysScroll(memberPage, "/account");
    await expectNoSidewaysScroll(memberPage, ARTICLE);
    await signOutAndClose(member);
  });
}

test("admin tables scroll inside their own box at 320 and 390 px, not the page", async ({ browser }) => {
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const page = await editor.newPage();
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 640 });
    for (const path of ["/admin/sections", "/admin/articles", "/admin/members"]) await expectNoSidewaysScroll(page, path);
    const table = page.locator("table.admin-table").first();
    expect(await table.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
  }
  await expectNoSeriousAxeViolations(page, "members at 390 px");
  await editor.close();
});

test("the sections menu opens and closes by keyboard at 320 px, and works without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: 320, height: 640 }, javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const menu = page.getByRole("navigation", { name: "Sections" });
    const button = page.locator("summary", { hasText: "Sections" });
    await expect(button).toBeVisible();
    await expect(menu).toBeHidden();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toBeVisible();
    await expect(menu.getByRole("link", { name: "North Africa" })).toHaveAttribute("aria-current", "true");
    await expect(menu.getByRole("link", { name: "Latest" })).toBeVisible();
    if (javaScriptEnabled) {
      await page.keyboard.press("Tab");
      await expect(menu.getByRole("link", { name: "Latest" })).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
      await expect(button).toBeFocused();
      await expectNoSeriousAxeViolations(page, "article at 320 px");
    } else {
      await page.keyboard.press("Enter");
      await expect(menu).toBeHidden();
    }
    // One row under the masthead: the menu button, the search icon and the account links.
    const rows = await Promise.all([button, page.getByRole("link", { name: "Search", exact: true }), page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })].map(async (l) => (await l.boundingBox())!));
    for (const box of rows) expect(Math.abs(box.y + box.height / 2 - (rows[0]!.y + rows[0]!.height / 2))).toBeLessThan(12);
    await context.close();
  }
});

test("the same header and sections on /subscribe, /signin, /account and a missing page; the current section is marked", async ({ browser }) => {
  const member = await newContext(browser);
  await signIn(member, "level2@meridian.example");
  const page = await member.newPage();
  for (const path of ["/subscribe", "/signin", "/account", "/no-such-page-anywhere", "/latest"]) {
    const res = await page.goto(path);
    if (path.startsWith("/no-such")) expect(res?.status()).toBe(404);
    const nav = page.getByRole("navigation", { name: "Sections" });
    for (const name of ["Latest", "Regions", "North Africa", "Eastern Europe", "Policy", "Defence"]) await expect(nav.getByRole("link", { name, exact: true }), `${name} on ${path}`).toBeVisible();
    await expect(page.getByRole("link", { name: "The Meridian Desk" }).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page, path);
  }
  await page.goto("/categories/north-africa");
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "North Africa", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".site-nav a[aria-current]")).toHaveCount(1);
  // A subsection the navigation does not list marks its nearest listed parent.
  await page.goto("/categories/libya");
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "North Africa", exact: true })).toHaveAttribute("aria-current", "true");
  await signOutAndClose(member);
});

async function headerOf(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test("the header knows who is there, while the shared page holds nobody's name", async ({ browser, playwright }) => {
  const visitor = await newContext(browser);
  const anonymous = await headerOf(visitor, "/");
  const account = anonymous.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(account.getByRole("link", { name: "Subscribe" })).toBeVisible();
  await expectNoSeriousAxeViolations(anonymous, "front page");
  await visitor.close();

  const reader = await signedInContext(browser, "level1@meridian.example");
  for (const path of ["/", ARTICLE, "/subscribe"]) {
    const page = await headerOf(reader, path);
    const nav = page.getByRole("navigation", { name: "Account" });
    const who = nav.locator("summary");
    await expect(who).toContainText("Ravi Reader");
    await expect(who).toContainText("RR");
    await expect(nav.getByRole("link", { name: "Subscribe" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await who.click();
    await expect(nav.getByRole("link", { name: "Account" })).toBeVisible();
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeEnabled();
    if (path === "/") await expectNoSeriousAxeViolations(page, "front page, member menu open");
    await page.close();
  }
  // The shared front page and the article as Next sends them carry no member's name.
  for (const path of ["/", ARTICLE]) expect(await (await reader.request.get(path)).text()).not.toContain("Ravi Reader");
  const answer = await reader.request.get("/api/account/header");
  expect(answer.headers()["cache-control"]).toContain("no-store");
  expect(await answer.json()).toMatchObject({ signedIn: true, name: "Ravi Reader", showSubscribe: true });
  const nobody = await (await playwright.request.newContext({ baseURL: BASE_URL })).get("/api/account/header");
  expect(await nobody.json()).toEqual({ signedIn: false });

  // A member whose grants cover every plan (level 3 and the Libya dossier, with the seeded plans) is
  // not asked to subscribe; the page follows what the header endpoint decides (other specs may add plans).
  const full = await signUpMember(browser, "everything");
  const editor = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await signIn({ request: editor }, "editor@meridian.example");
  const list = await (await editor.get(`/admin/members?q=${encodeURIComponent(full.email)}`)).text();
  const id = list.match(/\/admin\/members\/([0-9a-f-]{36})/)?.[1];
  for (const data of [{ action: "set-level", level: 4, reason: "header test" }, { action: "grant-ccap", ccap: "dossier_libya", reason: "header test" }]) {
    expect((await editor.post(`/api/admin/members/${id}/entitlements`, { data, headers: { origin: BASE_URL } })).status()).toBe(200);
  }
  const plans = await (await editor.get("/subscribe")).text();
  await editor.dispose();
  const decided = (await (await full.context.request.get("/api/account/header")).json()) as { showSubscribe: boolean };
  if (!plans.includes("Libya dossier") || !plans.includes("Insider")) throw new Error("the seeded plans are gone");
  const fullPage = await headerOf(full.context, "/latest");
  const fullNav = fullPage.getByRole("navigation", { name: "Account" });
  await expect(fullNav.locator("summary")).toContainText("everything");
  await expect(fullNav.getByRole("link", { name: "Subscribe" })).toHaveCount(decided.showSubscribe ? 1 : 0);
  // Editors read everything: no call to subscribe.
  const staff = await signedInContext(browser, "editor@meridian.example");
  const staffNav = (await headerOf(staff, "/latest")).getByRole("navigation", { name: "Account" });
  await expect(staffNav.locator("summary")).toContainText("Eddie Editor");
  await expect(staffNav.getByRole("link", { name: "Subscribe" })).toHaveCount(0);
  await signOutAndClose(staff);

  // Signing out from the header.
  await fullNav.locator("summary").click();
  await fullNav.getByRole("button", { name: "Sign out" }).click();
  await expect(fullPage).toHaveURL(`${BASE_URL}/`);
  await expect(fullPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await full.context.close();
  await signOutAndClose(reader);
});
