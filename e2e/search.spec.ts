import { expect, test } from "@playwright/test";
import { signedInContext } from "./support/accounts";
import { gatedOnlyWords, gatedPieces } from "./support/gated-text";

test("a visitor searches from the header, sees highlighted results and opens one", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Search articles" });
  await box.fill("Black Sea");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Black\+Sea$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByTestId("search-count")).toHaveText("2 articles match “Black Sea”.");
  const results = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(results).toHaveCount(2);
  await expect(results.first().locator("mark").first()).toHaveText(/Black Sea/i);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("searchbox", { name: "Search articles" }).last()).toHaveValue("Black Sea");

  const title = (await results.first().getByRole("heading").getByRole("link").textContent())!;
  await results.first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("results paginate twenty to a page, and a search without matches says so", async ({ page }) => {
  await page.goto("/search?q=EU");
  await expect(page.getByTestId("search-count")).toContainText(/\d+ articles match “EU”/);
  const results = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(results).toHaveCount(20);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText("Page 1 of 2");
  await pagination.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of 2");
  expect(await results.count()).toBeGreaterThan(0);
  expect(await results.count()).toBeLessThan(20);

  await page.goto("/search?q=zzyzxqv");
  await expect(page.getByTestId("search-count")).toHaveText("No articles match “zzyzxqv”. Try fewer or different words.");
  await page.goto("/search");
  await expect(page.getByText("Type a word or a phrase.")).toBeVisible();
});

test("a subscriber finds a piece by words of its full text; a visitor does not", async ({ page, browser }) => {
  const piece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 1 && !p.access.ccaps)!;
  const query = gatedOnlyWords(piece, 2).join(" ");
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByTestId("search-count")).toContainText("No articles match");

  const context = await signedInContext(browser, "level1@meridian.example");
  const member = await context.newPage();
  const res = await member.goto(`/search?q=${encodeURIComponent(query)}`);
  expect(res!.headers()["cache-control"]).toMatch(/private|no-store/);
  const hit = member.getByRole("list", { name: "Search results" }).getByRole("link", { name: piece.title });
  await expect(hit).toBeVisible();
  // The snippet still comes from the teaser: the gated words are not shown.
  for (const word of query.split(" ")) await expect(member.getByRole("list", { name: "Search results" })).not.toContainText(word, { ignoreCase: true });
  await hit.click();
  await expect(member.locator(".gated-content")).toBeVisible();
  await context.close();
});

test("a search page is the shared page with the reader's results put in: it hydrates, and the back button brings the results back", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const res = await page.goto("/search?q=Black+Sea");
  expect(res!.headers()["cache-control"]).toMatch(/private, no-store/);
  await expect(page.getByTestId("search-count")).toHaveText("2 articles match “Black Sea”.");
  // A client-side navigation proves the page's scripts run; the window survives it.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 5));
  await page.getByRole("banner").getByRole("link", { name: "Latest" }).click();
  await expect(page).toHaveURL(/\/latest$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(5);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=Black\+Sea$/);
  await expect(page.getByTestId("search-count")).toHaveText("2 articles match “Black Sea”.");
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("searchbox", { name: "Search articles" }).last()).toHaveValue("Black Sea");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(5);
  expect(errors).toEqual([]);
});
