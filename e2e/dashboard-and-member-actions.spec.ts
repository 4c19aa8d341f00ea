import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { BASE_URL, signedInContext } from "./support/accounts";
import { memberId, signUpMember, signOutAndClose } from "./support/fresh-members";
import { latestMail, linkIn } from "./support/outbox";

test("a publisher reads the dashboard on /admin and downloads a chart's CSV; an author sees only the tools", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  await page.goto("/admin");
  for (const heading of ["Members by kind", /Monthly recurring revenue/, "New and churned subscriptions", "Trial conversion", /Paywalls that convert/]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByTestId("figure-paying")).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId("figure-members")).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByRole("img", { name: "Members by kind at each month's end" })).toBeVisible();
  // The figures behind the chart, as a table.
  const members = page.locator("section", { has: page.getByRole("heading", { name: "Members by kind" }) });
  await members.getByText("Figures").click();
  await expect(members.getByRole("table", { name: "Members by kind" }).getByRole("row")).toHaveCount(13);
  const [download] = await Promise.all([page.waitForEvent("download"), members.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^lede-members-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).trim().split("\n");
  expect(csv[0]).toBe("month,signups,total,paying,complimentary,free,organisations");
  expect(csv).toHaveLength(13);
  // The existing tools stay reachable from the dashboard.
  await expect(page.getByRole("link", { name: "Audit log" }).first()).toBeVisible();
  await signOutAndClose(editor);

  const author = await signedInContext(browser, "author@meridian.example");
  const authorPage = await author.newPage();
  await authorPage.goto("/admin");
  await expect(authorPage.getByRole("heading", { name: "Tools" })).toBeVisible();
  await expect(authorPage.getByTestId("figure-paying")).toHaveCount(0);
  expect((await author.request.get("/api/admin/dashboard/mrr.csv")).status()).toBe(403);
  await signOutAndClose(author);
});

test("an admin refunds a member's last payment: the subscription ends and access with it", async ({ browser }) => {
  const member = await signUpMember(browser, "refunded");
  const memberPage = await member.context.newPage();
  await memberPage.goto("/subscribe");
  await memberPage.locator('li[data-plan="Reader"]').getByRole("button", { name: "Choose Reader" }).click();
  await expect(memberPage).toHaveURL(/\/billing\/test-checkout\//);
  await memberPage.getByRole("button", { name: "Subscribe (test, no payment)" }).click();
  // From /subscribe (no article to return to) the account page confirms the subscription.
  await memberPage.waitForURL(/\/account\?notice=subscribed/);

  const admin = await signedInContext(browser, "admin@meridian.example");
  const id = await memberId(admin, member.email);
  const page = await admin.newPage();
  await page.goto(`/admin/members/${id}`);
  await expect(page.getByTestId("last-payment")).toContainText("Last payment:");
  page.on("dialog", (dialog) => void dialog.accept());
  const form = page.getByRole("form", { name: "Refund the last payment" });
  await form.getByLabel("Reason").fill("Subscribed by mistake");
  await form.getByRole("button", { name: /^Refund / }).click();
  // The page's data refreshes: the payment shows as refunded, and the form is gone.
  await expect(page.getByTestId("last-payment")).toContainText("has been refunded");
  await expect(form).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Refunds" })).toContainText("Subscribed by mistake");
  await expect(page.getByRole("table", { name: "Entitlement history" })).toContainText("staff.refund");
  await page.goto("/admin/audit");
  await expect(page.getByText("member.refund").first()).toBeVisible();

  await memberPage.goto("/account");
  await expect(memberPage.locator('li[data-subscription="Reader"]').getByTestId("subscription-status")).toHaveText("Access withdrawn after a refund");
  await signOutAndClose(admin);
  await member.context.close();
});

test("an invitation by e-mail: only the invited address's account accepts it, and gains the role", async ({ browser }) => {
  const admin = await signedInContext(browser, "admin@meridian.example");
  const invitee = await signUpMember(browser, "invited");
  const page = await admin.newPage();
  await page.goto("/admin/staff");
  const form = page.getByRole("form", { name: "Invite by e-mail" });
  await form.getByLabel("E-mail").fill(invitee.email);
  await form.getByLabel("Role").selectOption("author");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${invitee.email}`);
  await page.reload();
  await expect(page.getByRole("table", { name: "Pending invitations" })).toContainText(invitee.email);
  const link = linkIn((await latestMail(page, invitee.email, "You are invited")).text, "/staff-invitation");

  // Someone else signed in with the link: refused, nothing given.
  const other = await signUpMember(browser, "not-invited");
  const otherPage = await other.context.newPage();
  await otherPage.goto(link);
  await expect(otherPage.getByTestId("invitation-other-address")).toBeVisible();
  expect((await other.context.request.post("/api/staff-invitations/accept", { data: { token: new URL(link, BASE_URL).searchParams.get("token") }, headers: { origin: BASE_URL } })).status()).toBe(403);
  await other.context.close();

  const inviteePage = await invitee.context.newPage();
  await inviteePage.goto(link);
  await inviteePage.getByRole("button", { name: "Accept and become author" }).click();
  await expect(inviteePage).toHaveURL(/\/admin$/);
  await expect(inviteePage.getByRole("heading", { name: "Newsroom" })).toBeVisible();
  await inviteePage.goto(link);
  await expect(inviteePage.locator(".form-error")).toContainText("already accepted");

  await page.goto("/admin/staff");
  await expect(page.getByRole("row").filter({ hasText: invitee.email }).getByRole("combobox", { name: "Role" })).toHaveValue("author");
  await signOutAndClose(admin);
  await invitee.context.close();
});
