import { expect, test } from "@playwright/test";
import { BASE_URL, signedInContext } from "./support/accounts";

test("an editor creates a plan with a capability, and readers see it on /subscribe", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  const name = `Weekend ${Date.now().toString(36)}`;
  await page.goto("/admin/plans/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Price", { exact: true }).fill("-3");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText("Enter a price above zero.")).toBeVisible();

  await page.getByLabel("Price", { exact: true }).fill("4.50");
  await page.getByLabel("Benefits (one per line)").fill("Saturday long reads\nSunday briefing");
  await page.getByLabel("Level granted").selectOption("1");
  await page.getByRole("checkbox", { name: "pdf_edition" }).check();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(/\/admin\/plans\/\d+$/);
  await expect(page.getByLabel("Stripe price id")).toHaveValue(/^price_/);
  const firstPrice = await page.getByLabel("Stripe price id").inputValue();

  // Re-pricing with the pre-filled price id makes a new price: what /subscribe shows is what checkout charges.
  await expect(page.getByLabel("Price", { exact: true })).toHaveValue("4.50");
  // Dearer than every seeded plan, so it is never the cheapest offer other specs' paywalls name.
  await page.getByLabel("Price", { exact: true }).fill("25");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText(/saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Stripe price id")).not.toHaveValue(firstPrice);
  await expect(page.getByLabel("Stripe price id")).toHaveValue(/^price_/);

  const anonymous = await browser.newPage();
  await anonymous.goto("/subscribe");
  const card = anonymous.locator(`li[data-plan="${name}"]`);
  await expect(card).toContainText("€25/month");
  await expect(card).toContainText("The PDF edition");
  await expect(card).toContainText("Sunday briefing");
  await anonymous.close();
  await editor.close();
});

test("readers and authors cannot manage plans", async ({ browser }) => {
  for (const email of ["level2@meridian.example", "author@meridian.example"]) {
    const context = await signedInContext(browser, email);
    const res = await context.request.post("/api/admin/plans", { data: { name: "Free lunch", level: 4, price: 0.01, currency: "eur", interval: "month" }, headers: { origin: BASE_URL } });
    expect(res.status(), email).toBe(403);
    await context.close();
  }
});
