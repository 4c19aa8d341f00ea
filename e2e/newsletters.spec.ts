import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, newContext, signedInContext, uniqueEmail } from "./support/accounts";
import { createArticle } from "./support/articles";
import { memberId, signOutAndClose, signUpMember } from "./support/fresh-members";

const SAME_ORIGIN = { origin: BASE_URL };
const TEASER = "Only the opening of the convoy story is free to read for everyone today.";
const GATED = "The minister confirmed in private that the convoy left Misrata before dawn.";

/** A member's copy of `subject` in the development outbox: its text, HTML part and headers. */
async function copyFor(page: Page, email: string, subject: string) {
  const copy = { text: "", html: "", unsubscribe: "" };
  await expect(async () => {
    await page.goto("/dev/outbox");
    const item = page.locator(`li[data-to="${email.toLowerCase()}"]`).filter({ has: page.locator("h2", { hasText: subject }) }).first();
    copy.text = (await item.locator("pre").textContent({ timeout: 1000 })) ?? "";
    copy.html = (await item.locator("iframe").getAttribute("srcdoc")) ?? "";
    copy.unsubscribe = (await item.locator('dd[data-header="List-Unsubscribe"]').textContent()) ?? "";
  }).toPass({ timeout: 30_000 });
  return copy;
}

test("an editor sends a piece to a newsletter: the level-0 copy has the teaser only, the level-2 copy the full text; unsubscribing works signed out", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  page.on("dialog", (d) => void d.accept());

  // The editor defines the newsletter.
  const name = `Convoy briefing ${Date.now().toString(36)}`;
  await page.goto("/admin/newsletters");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description (shown to members)").fill("Every piece on the convoys.");
  await page.getByRole("button", { name: "Create newsletter" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const newsletterId = new URL(page.url()).pathname.split("/").pop();

  // A reader opts in at sign-up; another on the account page, and is then given level 2.
  const free = await newContext(browser);
  const freeEmail = uniqueEmail("nl-free");
  const signup = await free.newPage();
  await signup.goto("/signup");
  await signup.getByLabel("Name").fill("Nora Free");
  await signup.getByLabel("E-mail").fill(freeEmail);
  await signup.getByLabel(/^Password/).fill("nl-free-password-123");
  await signup.getByLabel(new RegExp(name)).check();
  await signup.getByRole("button", { name: "Create account" }).click();
  await signup.waitForURL((url) => !url.pathname.startsWith("/signup"));

  const premium = await signUpMember(browser, "nl-premium");
  const account = await premium.context.newPage();
  await account.goto("/account");
  await account.getByLabel(new RegExp(name)).check();
  await account.getByRole("button", { name: "Save newsletters" }).click();
  await expect(account.getByTestId("account-notice")).toHaveText("Your newsletters are saved.");
  const id = await memberId(editor, premium.email);
  expect((await editor.request.post(`/api/admin/members/${id}/entitlements`, { data: { action: "set-level", level: 2, reason: "newsletter spec" }, headers: SAME_ORIGIN })).status()).toBe(200);

  // A level-2 piece, published, then sent from its admin page.
  const piece = await createArticle(editor, `${TEASER}\n\n<!-- paywall -->\n\n${GATED}`, { requirement: { level: "2", ccaps: [] } });
  await page.goto(`/admin/articles/${piece.id}`);
  await page.getByRole("button", { name: `Send to ${name}` }).click();
  // The page refreshes: the piece now shows as sent to this newsletter (once only).
  await expect(page.getByTestId("newsletter-send")).toContainText("Sent.");

  // The admin's preview is composed the same way, as the level asked for.
  const preview = (as: number, format = "html") => editor.request.get(`/api/admin/newsletters/${newsletterId}/preview?article=${piece.id}&as=${as}&format=${format}`);
  expect(await (await preview(0)).text()).not.toContain("Misrata");
  expect(await (await preview(0, "text")).text()).toContain("Only the opening of the convoy story");
  expect(await (await preview(2)).text()).toContain("left Misrata before dawn");

  const outbox = await browser.newPage({ baseURL: BASE_URL });
  const freeCopy = await copyFor(outbox, freeEmail, piece.title);
  const premiumCopy = await copyFor(outbox, premium.email, piece.title);
  for (const part of [freeCopy.text, freeCopy.html]) {
    expect(part).toContain("Only the opening of the convoy story");
    expect(part).not.toContain("Misrata");
    expect(part).toContain("/subscribe?return=");
  }
  for (const part of [premiumCopy.text, premiumCopy.html]) expect(part).toContain("left Misrata before dawn");

  // Signed out: the footer link asks first, then unsubscribes.
  const link = /https?:\/\/\S+\/newsletters\/unsubscribe\?\S+/.exec(freeCopy.text)?.[0];
  expect(link, freeCopy.text).toBeTruthy();
  const stranger = await newContext(browser);
  const confirm = await stranger.newPage();
  await confirm.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(confirm.getByText(`Stop receiving ${name}?`)).toBeVisible();
  await confirm.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(confirm.getByTestId("unsubscribed")).toContainText(name);

  // RFC 8058 one-click, as a mail provider posts it: cross-site, no cookie.
  const oneClick = premiumCopy.unsubscribe.replace(/^<|>$/g, "");
  expect(oneClick).toContain("/api/newsletters/unsubscribe?");
  const posted = await stranger.request.post(new URL(oneClick).pathname + new URL(oneClick).search, { headers: { origin: "https://mail.example.net", "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(posted.status()).toBe(200);
  const forged = await stranger.request.post(`/api/newsletters/unsubscribe?u=${id}&n=1&t=${"A".repeat(43)}`, { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "List-Unsubscribe=One-Click" });
  expect(forged.status()).toBe(400);

  await page.goto("/admin/newsletters");
  await expect(page.getByRole("row", { name: new RegExp(name) }).locator("td").nth(2)).toHaveText("0");
  await account.goto("/account");
  await expect(account.getByLabel(new RegExp(name))).not.toBeChecked();

  await Promise.all([signOutAndClose(editor), signOutAndClose(premium.context), signOutAndClose(free), stranger.close(), outbox.close()]);
});
