import { expect, test } from "@playwright/test";
import { BASE_URL, newContext, requestSignInCode, signInWithCode } from "./support/accounts";
import { signUpMember } from "./support/fresh-members";
import { latestMail, linkIn } from "./support/outbox";

test("a reader who forgot their password gets a link, sets a new one and is signed in; the link works once; an unknown address gets the same answer", async ({ browser }) => {
  const member = await signUpMember(browser, "forgetful");
  await member.context.close();
  const context = await newContext(browser);
  const page = await context.newPage();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("E-mail").fill("nobody-at-all@readers.example");
  await page.getByRole("button", { name: "E-mail me a reset link" }).click();
  const unknownAnswer = await page.getByTestId("reset-sent").textContent();

  await page.goto("/forgot-password");
  await page.getByLabel("E-mail").fill(member.email);
  await page.getByRole("button", { name: "E-mail me a reset link" }).click();
  await expect(page.getByTestId("reset-sent")).toHaveText(unknownAnswer!);

  const mail = await latestMail(page, member.email, "Reset your password");
  const link = linkIn(mail.text, "/reset-password?token=");
  await page.goto(link);
  await page.getByLabel(/New password/).fill("short");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel(/New password/).fill("a-brand-new-password");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByTestId("account-notice")).toContainText("Your new password is set");
  await expect(page.getByTestId("account-email")).toHaveText(member.email);

  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
  const post = (password: string) => context.request.post("/api/session/password", { data: { email: member.email, password }, headers: { origin: BASE_URL } });
  expect((await post(member.password)).status()).toBe(401);
  expect((await post("a-brand-new-password")).status()).toBe(200);
  await context.close();
});

test("a member changes their e-mail address: nothing changes until the link sent to the new one is followed; the old one is told", async ({ browser }) => {
  const member = await signUpMember(browser, "mover");
  const page = await member.context.newPage();
  const next = member.email.replace("mover-", "moved-");

  await page.goto("/account");
  await page.locator("summary", { hasText: "Change your e-mail address" }).click();
  await page.getByLabel("New e-mail address").fill(next);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByTestId("account-notice")).toContainText("We sent a link to your new address");
  await expect(page.getByTestId("account-email")).toHaveText(member.email);
  expect((await latestMail(page, member.email, "A change of address")).text).toContain(next);

  const link = linkIn((await latestMail(page, next, "Confirm your new address")).text, "/account/confirm-email?token=");
  await page.goto(link);
  await page.getByRole("button", { name: "Use this address" }).click();
  await expect(page.getByTestId("email-changed")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(next);
  expect((await latestMail(page, member.email, "was changed")).text).toContain(next);
  await member.context.close();
});

test("a subscriber downloads their data, sees a receipt, then deletes the account after typing its address; it is gone", async ({ browser }) => {
  const member = await signUpMember(browser, "leaver");
  const page = await member.context.newPage();
  await page.goto("/subscribe");
  await page.locator('li[data-plan="Reader"]').getByRole("button", { name: "Choose Reader" }).click();
  await page.getByRole("button", { name: "Subscribe (test, no payment)" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/billing/test-checkout"));

  await page.goto("/account");
  await expect(page.getByTestId("session-device").first()).toContainText("Chrome on Linux");
  await expect(page.locator(".session-list time").first()).toHaveText(/just now|minute/);
  await page.getByRole("link", { name: "Receipt" }).first().click();
  await expect(page.getByTestId("receipt")).toContainText("Reader");
  await page.goto("/account");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  const data = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(data.profile.email).toBe(member.email);
  expect(data.subscriptions).toHaveLength(1);
  expect(data.invoices.length).toBeGreaterThan(0);
  const exported = await member.context.request.get("/api/account/export");
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment; filename="my-data-/);

  await page.locator("summary", { hasText: "Delete my account" }).click();
  await page.getByLabel(/to confirm/).fill("someone-else@readers.example");
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByText("This is not your account's address.")).toBeVisible();
  await page.getByLabel(/to confirm/).fill(member.email);
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByTestId("account-deleted")).toBeVisible();

  expect((await member.context.request.get("/account", { maxRedirects: 0 })).status()).toBe(307);
  const again = await member.context.request.post("/api/session/password", { data: { email: member.email, password: member.password }, headers: { origin: BASE_URL } });
  expect(again.status()).toBe(401);
  await member.context.close();
});

test("a sign-up's first e-mail sign-in is told the earlier password goes, names the device, and offers to set a new password", async ({ browser }) => {
  const member = await signUpMember(browser, "prover");
  await member.context.close();
  const phone = await newContext(browser, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1" });
  const page = await phone.newPage();
  const code = await requestSignInCode(phone, page, member.email);
  expect((await latestMail(page, member.email, "Your sign-in link")).text).toContain("the password set on it before is removed when you sign in");
  await signInWithCode(page, member.email, code);

  await expect(page.getByTestId("password-dropped")).toContainText("we removed the password that had been set on this account before");
  await expect(page.getByTestId("session-device")).toHaveText("Safari on iPhone (iOS)");
  await page.getByLabel(/New password/).fill("my-own-password-now");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByTestId("account-notice")).toContainText("Your password is changed");
  await expect(page.getByTestId("password-dropped")).toHaveCount(0);
  await phone.close();
});
