import { expect, test, type Page } from "@playwright/test";
import { demoArticles } from "../scripts/seed/seed";
import { newContext, signedInContext, uniqueEmail } from "./support/accounts";
import { signUpMember } from "./support/fresh-members";
import { gatedPieces } from "./support/gated-text";

/* The reader's road from a paywall to a paid plan (issue 15, conversion path). */

const premiumPiece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 2 && !p.access.ccaps?.length)!;
const freePiece = demoArticles.find((a) => a.access.kind === "level" && a.access.level === 0 && !a.access.ccaps?.length)!;

/** The first page of the latest listing that shows this piece (newsroom specs may have published pieces since). */
async function listingShowing(page: Page, title: string): Promise<string> {
  for (const path of ["/latest", "/latest/page/2", "/latest/page/3", "/latest/page/4"]) {
    await page.goto(path);
    if ((await page.getByRole("link", { name: title }).count()) > 0) return path;
  }
  throw new Error(`${title} is on no page of /latest`);
}

/** Every document the tab loads from now on (main-frame navigation requests; history updates are no screen), in order. */
function recordScreens(page: Page): string[] {
  const screens: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) screens.push(new URL(request.url()).pathname);
  });
  return screens;
}

test("anonymous to paid in two steps: the paywall's plan, the e-mail on the same page, the payment form, back on the article", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const articleUrl = `/articles/${premiumPiece.slug}`;
  await page.goto(articleUrl);
  const paywall = page.locator("[data-paywall]");
  await expect(paywall.locator("h2")).toHaveText("Read on with Premium — 7 days free, then €16/month");
  await expect(paywall).not.toContainText(/Level \d|current plan/);
  await expect(paywall.locator(".button.primary")).toHaveCount(1);
  await expect(paywall.getByRole("link", { name: /Sign in/ })).toBeVisible();

  const screens = recordScreens(page);
  await paywall.getByRole("link", { name: "Start your free trial" }).click();
  await expect(page.locator("li.plan.chosen")).toHaveAttribute("data-plan", "Premium");
  const step = page.getByTestId("account-step");
  await step.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("two-steps"));
  await step.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\//);
  await expect(page.getByRole("button", { name: "Subscribe (test, no payment)" })).toBeVisible();
  // Between the paywall's button and the payment form: the plans page with the e-mail, nothing else.
  const beforePayment = screens.slice(0, screens.findIndex((p) => p.startsWith("/billing/test-checkout/")));
  expect(beforePayment).toEqual(["/subscribe"]);
  expect(beforePayment.length).toBeLessThanOrEqual(2);
  await expect(page.getByTestId("account-created")).toBeVisible();

  await page.getByRole("button", { name: "Subscribe (test, no payment)" }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}\\?checkout=success&account=created$`));
  await expect(page.getByTestId("account-created")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your subscription is active" })).toBeVisible();
  await expect(page.locator(".gated-content")).toBeVisible();
  await context.close();
});

test("an address that already has an account is not taken over: the reader signs in with the plan kept", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`/articles/${premiumPiece.slug}`);
  await page.locator("[data-paywall]").getByRole("link", { name: "Start your free trial" }).click();
  const step = page.getByTestId("account-step");
  await step.getByLabel("E-mail", { exact: true }).fill("level0@meridian.example");
  await step.getByLabel(/Password/).fill("not-the-owners-password");
  await step.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.getByTestId("account-exists")).toBeVisible();
  const callback = new URL(page.url()).searchParams.get("callbackUrl")!;
  expect(callback).toMatch(new RegExp(`^/subscribe\\?plan=\\d+&from=${premiumPiece.slug}$`));
  // Nobody was signed in: the account page still asks for a sign-in.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  await context.close();
});

test("a subscriber sees their plan as theirs and switches to another with the amount due today, keeping one subscription", async ({ browser }) => {
  const member = await signUpMember(browser, "switcher");
  const page = await member.context.newPage();
  await page.goto("/subscribe");
  await page.locator('li[data-plan="Reader"]').getByRole("button", { name: "Choose Reader" }).click();
  await page.getByRole("button", { name: "Subscribe (test, no payment)" }).click();
  await expect(page).toHaveURL(/\/account\?notice=subscribed/);
  await expect(page.getByTestId("account-notice")).toContainText("Your subscription is active");

  await page.goto("/subscribe");
  await expect(page.locator('li[data-plan="Reader"]').getByTestId("current-plan")).toContainText("Your plan");
  await expect(page.locator('li[data-plan="Premium"]').getByRole("button")).toHaveCount(0);
  await page.locator('li[data-plan="Premium"]').getByRole("link", { name: "Switch to Premium" }).click();
  const preview = page.getByTestId("switch-preview");
  await expect(preview).toContainText("From Reader to Premium");
  // Just subscribed: the difference (€16 − €9) for almost the whole month.
  await expect(preview.getByTestId("amount-due")).toHaveText(/^Due today: €(6\.[5-9]\d|7\.00)$/);
  const due = (await preview.getByTestId("amount-due").textContent())!.replace("Due today: ", "");
  await preview.getByRole("button", { name: `Confirm and pay ${due}` }).click();
  await expect(page).toHaveURL(/\/account\?notice=switched/);
  await expect(page.locator('li[data-subscription="Premium"]').getByTestId("subscription-status")).toHaveText("Active");
  await expect(page.locator("li[data-subscription]")).toHaveCount(1);
  await page.goto(`/articles/${premiumPiece.slug}`);
  await expect(page.locator(".gated-content")).toBeVisible();
  await member.context.close();
});

test("a piece a free account opens is badged 'Free with an account', and 'Included' for a signed-in reader", async ({ browser }) => {
  const anonymous = await newContext(browser);
  const page = await anonymous.newPage();
  const listing = await listingShowing(page, freePiece.title);
  const card = page.locator("article.card", { has: page.getByRole("link", { name: freePiece.title }) });
  await expect(card.locator(".badge")).toHaveText("Free with an account");
  await anonymous.close();

  const free = await signedInContext(browser, "level0@meridian.example");
  const p = await free.newPage();
  await p.goto(listing);
  const memberCard = p.locator("article.card", { has: p.getByRole("link", { name: freePiece.title }) });
  await expect(memberCard.locator(".badge")).toHaveText("Included");
  // The ids endpoint answers ids only, and nothing for a visitor.
  const stranger = await newContext(browser);
  expect(await (await stranger.request.get("/api/articles/readable?ids=1,2,3")).json()).toEqual({ readable: [] });
  expect((await stranger.request.get("/api/articles/readable?ids=1,x")).status()).toBe(400);
  await stranger.close();
  await free.close();
});
