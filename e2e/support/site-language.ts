import { expect, type Browser } from "@playwright/test";
import { signedInContext } from "./accounts";

/**
 * Sets the site's interface language as an admin does, in admin → Site ("" = the server's
 * default), keeping every other setting as the page shows it. The select is found by its
 * name, so this works whatever language the page is in.
 */
export async function setSiteLanguage(browser: Browser, language: "" | "en" | "fr"): Promise<void> {
  const admin = await signedInContext(browser, "admin@meridian.example");
  const page = await admin.newPage();
  await page.goto("/admin/site");
  const form = page.locator("form").filter({ has: page.locator('select[name="language"]') });
  await expect(form.locator('select[name="language"]')).toBeEnabled();
  await form.locator('select[name="language"]').selectOption(language);
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/admin/site") && r.request().method() === "POST");
  await form.locator('button[type="submit"]').last().click();
  expect((await saved).status()).toBe(200);
  // Every page follows at once (the save purges them all); the admin page is rendered per request.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", language || "en");
  await admin.close();
}
