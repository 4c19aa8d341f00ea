import { expect, test } from "@playwright/test";
import { BASE_URL, newContext, signedInByEmailCode } from "./support/accounts";

/*
 * An editor creates a section, then renames it: the section's old address answers a
 * permanent redirect to the new one, for a browser and for a plain HTTP client. The new
 * category sits below Libya (the navigation lists only two levels, so other specs' pages
 * look the same), and runs with the newsroom journeys (playwright.config.ts).
 */
test("an editor creates and renames a category; the old address redirects to the new one", async ({ browser }) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const name = `Fezzan desk ${id}`;
  const oldSlug = `fezzan-desk-${id}`;
  const newSlug = `fezzan-${id}`;
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const page = await editor.newPage();
  await page.goto("/admin/sections");
  await page.getByText("New category", { exact: true }).click();
  const create = page.getByRole("form", { name: "New category" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Description").fill("Reporting from Libya's south.");
  await create.getByLabel("Parent").selectOption({ label: "— — Libya" });
  await create.getByRole("button", { name: "Create category" }).click();
  await expect(create.getByRole("status")).toContainText(`Saved category “${name}”`);

  const anonymous = await newContext(browser);
  const reader = await anonymous.newPage();
  await reader.goto(`/categories/${oldSlug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.reload();
  await page.getByText(`/categories/${oldSlug}`, { exact: true }).click();
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await edit.getByLabel("Slug").fill(newSlug);
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByRole("status")).toContainText(`/categories/${oldSlug} now redirects to /categories/${newSlug}`);

  const old = await anonymous.request.get(`${BASE_URL}/categories/${oldSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()["location"] ?? "", BASE_URL).pathname).toBe(`/categories/${newSlug}`);
  await reader.goto(`/categories/${oldSlug}`);
  await expect(reader).toHaveURL(`${BASE_URL}/categories/${newSlug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);
  // A slug that never existed is still a 404.
  expect((await anonymous.request.get(`${BASE_URL}/categories/never-${id}`, { maxRedirects: 0 })).status()).toBe(404);

  await page.goto("/admin/audit?action=category.");
  await expect(page.locator("table")).toContainText(newSlug);
  await anonymous.close();
  await editor.close();
});
