import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fixtureMembersCsv, fixtureWxr, SECRET } from "../lib/import/wordpress-fixture";
import { newContext, requestSignInCode, signInWithCode } from "./support/accounts";

/*
 * A WordPress + s2Member newsroom imported into the running site's database through the
 * command a newsroom runs (no s2Member options: level labels stay as the other specs expect).
 * Serial: one worker, so the import runs once.
 */
test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), "lede-wp-"));
  writeFileSync(path.join(dir, "export.xml"), fixtureWxr());
  writeFileSync(path.join(dir, "users.csv"), fixtureMembersCsv());
  const args = ["tsx", "scripts/import-wordpress.ts", "--wxr", path.join(dir, "export.xml"), "--members", path.join(dir, "users.csv"), "--report", path.join(dir, "report.json")];
  try {
    execFileSync("npx", args, { env: process.env, stdio: "pipe", timeout: 120_000 });
  } catch (e) {
    // The fixture holds refused rows on purpose: exit code 1 is expected, anything else is not.
    if ((e as { status?: number }).status !== 1) throw e;
  }
});

const caravan = "/articles/wpx-the-caravan-archive";

test("after an import, a visitor meets the imported teaser and paywall; an imported level-2 member signs in by e-mail and reads it all", async ({ browser }) => {
  const visitor = await newContext(browser);
  const page = await visitor.newPage();
  await page.goto(caravan);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The caravan archive");
  await expect(page.locator(".teaser-content")).toContainText("An archive of caravan routes was found in a trunk.");
  await expect(page.locator("[data-paywall]")).toBeVisible();
  expect(await page.content()).not.toContain(SECRET.s2if);
  await visitor.close();

  const member = await newContext(browser);
  const memberPage = await member.newPage();
  const email = "silver.reader@old-news.invalid";
  const code = await requestSignInCode(member, memberPage, email);
  await signInWithCode(memberPage, email, code);
  await memberPage.goto(caravan);
  await expect(memberPage.locator(".article-body")).toContainText(SECRET.s2if);
  await expect(memberPage.locator("[data-paywall]")).toHaveCount(0);
  await member.close();
});

test("old WordPress links answer 301 to the Lede address", async ({ request }) => {
  for (const [old, to] of [
    ["/?p=102", caravan],
    ["/2024/03/06/wpx-the-caravan-archive/", caravan],
    ["/category/wpx-world/wpx-sahara/", "/categories/wpx-sahara"],
    ["/tag/wpx-wells/", "/tags/wpx-wells"],
  ]) {
    const res = await request.get(old!, { maxRedirects: 0 });
    expect(res.status(), old).toBe(301);
    expect(new URL(res.headers().location!, "http://x.invalid").pathname).toBe(to);
  }
  const followed = await request.get("/?p=102");
  expect(followed.url()).toContain(caravan);
  expect(await followed.text()).toContain("The caravan archive");
  // The front page itself is not a redirect.
  expect((await request.get("/?utm_source=x", { maxRedirects: 0 })).status()).toBe(200);
});
