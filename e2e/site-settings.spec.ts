import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, newContext, signedInByEmailCode } from "./support/accounts";

/*
 * Site settings reach the public site (issue 18): an admin changes the name, the accent
 * colour, the announcement, the favicon and the navigation's order in /admin/site, and a
 * visitor sees them within seconds on shared cached pages (front, article, listing, sign-in,
 * not-found); then the defaults come back. Runs with the newsroom journeys: it changes every page.
 */
// Both tests change the navigation every page shows: one after the other.
test.describe.configure({ mode: "serial" });

const ARTICLE = "/articles/libya-coast-guard-training-mission-review";
// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function saveSiteSettings(page: Page) {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("form", { name: "Site settings" }).getByRole("status")).toContainText(/Saved the site settings|Nothing changed/);
}

test("a settings save shows on every public page within seconds, and the defaults come back", async ({ browser }) => {
  const id = Date.now().toString(36);
  const name = `The Harbour Gazette ${id}`;
  const announcement = `Election night: live results ${id}`;
  const admin = await signedInByEmailCode(browser, "admin@meridian.example");
  const page = await admin.newPage();
  const visitor = await newContext(browser);
  const reader = await visitor.newPage();
  // The visitor's pages are in the page memory before the save: the save must purge them.
  for (const path of ["/", ARTICLE, "/categories/libya"]) await reader.goto(path);

  await page.goto("/admin/site");
  await page.getByLabel("Site name").fill(name);
  await page.getByLabel("Tagline").fill(`Port news ${id}`);
  await page.getByLabel("Accent colour").fill("#0b6e4f");
  await page.getByLabel("Announcement bar").fill(announcement);
  await page.getByLabel("Announcement link").fill("/latest");
  await page.getByLabel("Favicon (a square PNG, up to 512 KB)").setInputFiles({ name: "icon.png", mimeType: "image/png", buffer: PNG });
  await expect(page.locator('input[type=hidden][name="favicon"]')).toHaveValue(/^\/media\//);
  await page.getByLabel("Navigation").selectOption("custom");
  await page.getByRole("checkbox", { name: "Policy" }).check();
  await page.getByLabel("Order of Policy").fill("10");
  await page.getByRole("checkbox", { name: "Libya" }).check();
  await page.getByLabel("Order of Libya").fill("20");
  await page.getByLabel("Text of extra link 1").fill("Podcasts");
  await page.getByLabel("Address of extra link 1").fill("/tags/nato");
  await page.getByLabel("Order of extra link 1").fill("5");
  await saveSiteSettings(page);
  const favicon = await page.locator('input[type=hidden][name="favicon"]').inputValue();

  const started = Date.now();
  for (const path of ["/", ARTICLE, "/categories/libya", "/signin", "/no-such-page-anywhere"]) {
    await expect(async () => {
      await reader.goto(path);
      await expect(reader.getByRole("link", { name }).first()).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 5_000 });
    await expect(reader.getByRole("complementary", { name: "Announcement" })).toHaveText(announcement);
    await expect(reader.getByRole("complementary", { name: "Announcement" }).getByRole("link")).toHaveAttribute("href", "/latest");
    const nav = reader.getByRole("navigation", { name: "Sections" });
    await expect(nav.getByRole("link")).toHaveText(["Latest", "Podcasts", "Policy", "Libya"]);
    await expect(reader.locator('link[rel="icon"]')).toHaveAttribute("href", favicon);
    const subscribe = reader.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Subscribe" });
    await expect(subscribe).toHaveCSS("background-color", "rgb(11, 110, 79)");
    expect(await reader.title()).toContain(name);
  }
  expect(Date.now() - started).toBeLessThan(15_000);
  await reader.goto("/categories/libya");
  await expect(reader.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Libya" })).toHaveAttribute("aria-current", "page");
  const results = await new AxeBuilder({ page: reader }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Back to the defaults (empty fields: the environment's name; the default navigation).
  await page.goto("/admin/site");
  for (const label of ["Site name", "Tagline", "Accent colour", "Announcement bar", "Announcement link"]) await page.getByLabel(label, { exact: true }).fill("");
  await page.getByRole("button", { name: "Remove image" }).click();
  await page.getByLabel("Navigation").selectOption("default");
  await page.getByLabel("Text of extra link 1").fill("");
  await page.getByLabel("Address of extra link 1").fill("");
  await saveSiteSettings(page);
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: "The Meridian Desk" }).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await expect(reader.getByRole("complementary", { name: "Announcement" })).toHaveCount(0);
  await expect(reader.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Regions", exact: true })).toBeVisible();
  await expect(reader.locator('link[rel="icon"]')).toHaveAttribute("href", "/icon.svg");
  await visitor.close();
  await admin.close();
});

/*
 * Move, merge and delete through the admin, as a visitor's navigation sees them: a category
 * moved under a top-level section enters the header's sections within seconds; merged into
 * another, its address redirects there and it leaves the navigation; deleted, it is gone.
 */
test("an editor moves, merges and deletes categories; the public navigation follows", async ({ browser }) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const [first, second] = [`Ghat bureau ${id}`, `Sabha bureau ${id}`];
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const page = await editor.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  for (const name of [first, second]) {
    await page.goto("/admin/sections");
    await page.getByText("New category", { exact: true }).click();
    const create = page.getByRole("form", { name: "New category" });
    await create.getByLabel("Name").fill(name);
    await create.getByLabel("Parent").selectOption({ label: "— — Libya" });
    await create.getByRole("button", { name: "Create category" }).click();
    await expect(create.getByRole("status")).toContainText(`Saved category “${name}”`);
  }
  const visitor = await newContext(browser);
  const reader = await visitor.newPage();
  const sectionsNav = reader.getByRole("navigation", { name: "Sections" });
  await reader.goto("/latest");
  await expect(sectionsNav.getByRole("link", { name: first })).toHaveCount(0);

  // Move: under Policy (a top-level section), so the navigation lists it.
  await page.reload();
  await page.locator("summary", { hasText: first }).click();
  const edit = page.getByRole("form", { name: `Edit ${first}` });
  await edit.getByLabel("Parent").selectOption({ label: "Policy" });
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toContainText("Saved");
  await expect(async () => {
    await reader.goto("/latest");
    await expect(sectionsNav.getByRole("link", { name: first })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  const firstHref = await sectionsNav.getByRole("link", { name: first }).getAttribute("href");

  // Merge: into the second; the first's address now leads there, and the navigation drops it.
  await page.reload();
  await page.locator("summary", { hasText: first }).click();
  const merge = page.getByRole("form", { name: `Merge ${first}` });
  await merge.getByLabel("Merge into another category").selectOption({ label: second });
  await merge.getByRole("button", { name: "Merge" }).click();
  // Done: the page refreshes without the merged category (its form, and the form's status line, go with it).
  await expect(page.locator("summary", { hasText: first })).toHaveCount(0);
  await expect(async () => {
    await reader.goto("/latest");
    await expect(sectionsNav.getByRole("link", { name: first })).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await reader.goto(firstHref!);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(second);

  // Delete: the second is gone.
  await page.goto("/admin/sections");
  await page.locator("summary", { hasText: second }).click();
  const remove = page.getByRole("form", { name: `Delete ${second}` });
  await remove.getByRole("button", { name: "Delete category" }).click();
  await expect(page.locator("summary", { hasText: second })).toHaveCount(0);
  const gone = await visitor.request.get(`${BASE_URL}${firstHref}`, { maxRedirects: 0 });
  expect([404, 308]).toContain(gone.status());
  await page.goto("/admin/audit?action=category.");
  await expect(page.locator("table")).toContainText("category.merge");
  await expect(page.locator("table")).toContainText("category.delete");
  await visitor.close();
  await editor.close();
});
