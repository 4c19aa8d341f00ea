import { expect, test } from "@playwright/test";
import { BASE_URL, newContext, signedInByEmailCode } from "./support/accounts";

/*
 * Members and the site in the newsroom: an editor adds a member by hand and finds them by
 * label; an admin writes a footer page that visitors then read. Runs with the newsroom
 * journeys (a footer page purges every cached page).
 */
test("an editor adds a member with a label and a complimentary grant, then finds them by that label", async ({ browser }) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const email = `hand-${id}@press.example`;
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const page = await editor.newPage();
  await page.goto("/admin/members");
  await page.getByRole("link", { name: "Add member" }).click();
  await expect(page).toHaveURL(/\/admin\/members\/new$/);
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill("Hand Added");
  await page.getByLabel("Complimentary level").selectOption("2");
  await page.getByLabel("Until", { exact: true }).fill("2099-01-31");
  await page.getByLabel("Labels").fill(`press, batch ${id}`);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page).toHaveURL(/\/admin\/members\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("member-comp")).toContainText("Level 2 until 2099-01-31");
  await expect(page.getByRole("textbox", { name: "Labels" })).toHaveValue(`batch-${id}, press`);

  await page.goto(`/admin/members?label=batch-${id}`);
  await expect(page.locator("table.admin-table tbody tr")).toHaveCount(1);
  await expect(page.locator("table.admin-table")).toContainText(email);
  await page.goto(`/admin/audit?action=member.`);
  await expect(page.locator("table")).toContainText("member.create");
  await editor.close();
});

test("an admin writes the About page and a visitor reads it", async ({ browser }) => {
  const line = `We are a small desk in Brussels (${Date.now().toString(36)}).`;
  const admin = await signedInByEmailCode(browser, "admin@meridian.example");
  const page = await admin.newPage();
  await page.goto("/admin/site/pages");
  const form = page.getByRole("form", { name: "Footer page about" });
  await form.getByLabel("Title").fill("About us");
  await form.getByLabel("Body (Markdown)").fill(`${line}\n\n<script>alert(1)</script>`);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toContainText("Saved “About us”");

  const visitor = await newContext(browser);
  const res = await visitor.request.get(`${BASE_URL}/pages/about`);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain(line);
  expect(html).not.toContain("<script>alert(1)</script>");
  expect((await visitor.request.get(`${BASE_URL}/pages/careers`)).status()).toBe(404);
  await visitor.close();
  await admin.close();
});
