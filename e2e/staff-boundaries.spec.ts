import { expect, test } from "@playwright/test";
import { BASE_URL, signedInContext } from "./support/accounts";
import { memberId, signOutAndClose, signUpMember } from "./support/fresh-members";

const SAME_ORIGIN = { origin: BASE_URL };

test("an editor can neither sign an admin out nor change an admin's entitlements", async ({ browser }) => {
  const admin = await signedInContext(browser, "admin@meridian.example");
  const editor = await signedInContext(browser, "editor@meridian.example");
  const adminId = await memberId(editor, "admin@meridian.example");
  for (const [path, data] of [
    ["entitlements", { action: "set-level", level: 0, reason: "probe" }],
    ["entitlements", { action: "set-comp", level: 4, until: "2099-01-01" }],
    ["sessions", { action: "revoke-all" }],
  ] as const) {
    const res = await editor.request.post(`/api/admin/members/${adminId}/${path}`, { data, headers: SAME_ORIGIN });
    expect(res.status(), `${path} ${data.action}: ${await res.text()}`).toBe(403);
  }
  const csv = "email,level\nadmin@meridian.example,0\n";
  const imported = await editor.request.post("/api/admin/members/import", { data: { csv, dryRun: false }, headers: SAME_ORIGIN });
  expect((await imported.json()).errors).toEqual([expect.objectContaining({ line: 2 })]);
  // The admin is still signed in, at the same level, with no complimentary access.
  const page = await admin.newPage();
  await page.goto(`/admin/members/${adminId}`);
  await expect(page.getByTestId("member-comp")).toHaveText("None");
  const editorPage = await editor.newPage();
  await editorPage.goto(`/admin/members/${adminId}`);
  await expect(editorPage.getByTestId("above-your-role")).toBeVisible();
  await signOutAndClose(editor);
  await signOutAndClose(admin);
});

test("a staff role is refused for an address nobody proved, and the admin pages say 'unverified'", async ({ browser }) => {
  const squatter = await signUpMember(browser, "future-colleague");
  const admin = await signedInContext(browser, "admin@meridian.example");
  const given = await admin.request.post("/api/admin/staff", { data: { email: squatter.email, role: "editor" }, headers: SAME_ORIGIN });
  expect(given.status(), await given.text()).toBe(409);
  expect((await given.json()).error).toContain("has not proved this address");
  // The squatter's session is still a reader's.
  expect((await squatter.context.request.get("/admin", { maxRedirects: 0 })).status()).not.toBe(200);
  const id = await memberId(admin, squatter.email);
  const granted = await admin.request.post(`/api/admin/members/${id}/entitlements`, { data: { action: "set-level", level: 2 }, headers: SAME_ORIGIN });
  expect((await granted.json()).message).toContain("not verified");

  const page = await admin.newPage();
  await page.goto(`/admin/members?q=${encodeURIComponent(squatter.email)}`);
  await expect(page.getByRole("row").filter({ hasText: squatter.email }).getByTestId("unverified")).toBeVisible();
  await page.goto(`/admin/members/${id}`);
  await expect(page.getByTestId("unverified")).toBeVisible();
  await page.goto("/admin/members?q=editor%40meridian.example");
  await expect(page.getByRole("row").filter({ hasText: "editor@meridian.example" }).getByTestId("unverified")).toHaveCount(0);
  await page.goto("/admin/staff");
  await expect(page.getByRole("row").filter({ hasText: "admin@meridian.example" })).toBeVisible();
  await squatter.context.close();
  await signOutAndClose(admin);
});
