import { expect, test } from "@playwright/test";
import Stripe from "stripe";
import { BASE_URL, newContext, uniqueEmail } from "./support/accounts";
import { gatedPieces } from "./support/gated-text";

const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_e2e_0123456789abcdef";
const readerPiece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 1 && !p.access.ccaps?.length)!;

test("a reader subscribes in test mode, reads, cancels, keeps reading until the period ends, then meets the paywall", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const articleUrl = `/articles/${readerPiece.slug}`;
  await page.goto(articleUrl);
  // The paywall sells the cheapest plan that unlocks the piece, in the reader's words.
  await expect(page.locator("[data-paywall] h2")).toHaveText("Read on with Reader — €9/month");
  await page.locator("[data-paywall]").getByRole("link", { name: "Subscribe to Reader" }).click();
  await expect(page).toHaveURL(new RegExp(`/subscribe\\?plan=\\d+&from=${readerPiece.slug}$`));
  await expect(page.getByRole("note")).toContainText("Test mode — no real payment");
  const reader = page.locator('li[data-plan="Reader"]');
  await expect(reader).toContainText("Unlocks this article");
  await expect(page.locator("li.plan.chosen")).toHaveAttribute("data-plan", "Reader");

  // The account is made on the same page; a double click sends one request (the button is busy while it is in flight).
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/billing/subscribe")) posts.push(r.url());
  });
  const step = page.getByTestId("account-step");
  await step.getByLabel("E-mail", { exact: true }).fill(uniqueEmail("subscriber"));
  await step.getByLabel("Name (optional)").fill("Sub Scriber");
  await step.getByLabel(/Password/).fill("subscribing-is-fun");
  await step.getByRole("button", { name: "Continue to payment" }).dblclick();
  await expect(page).toHaveURL(/\/billing\/test-checkout\//);
  expect(posts).toHaveLength(1);
  await expect(page.getByTestId("account-created")).toBeVisible();
  await expect(page.getByRole("note")).toContainText("no real payment");
  await page.getByRole("button", { name: "Subscribe (test, no payment)" }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}\\?checkout=success`));
  await expect(page.locator(".gated-content")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your subscription is active" })).toBeVisible();

  await page.goto("/account");
  const row = page.locator('li[data-subscription="Reader"]');
  await expect(row.getByTestId("subscription-status")).toHaveText("Active");
  await expect(row.getByTestId("next-billing")).toBeVisible();
  // What the subscription gives, not the free account's own level.
  await expect(page.getByTestId("account-level")).toContainText("Level 1 “Reader” through your subscription");

  // Money and irreversible actions ask first: dismissed, nothing happens; accepted, it is done.
  page.once("dialog", (d) => void d.dismiss());
  await row.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(row.getByTestId("subscription-status")).toHaveText("Active");
  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(row.getByTestId("subscription-status")).toContainText("Cancelled — access until");
  await page.goto(articleUrl);
  await expect(page.locator(".gated-content")).toBeVisible();

  await page.goto("/account");
  page.once("dialog", (d) => void d.accept());
  await page.locator('li[data-subscription="Reader"]').getByRole("button", { name: "End the period now (test)" }).click();
  await expect(page.locator('li[data-subscription="Reader"]').getByTestId("subscription-status")).toHaveText("Ended");
  await page.goto(articleUrl);
  await expect(page.locator("[data-paywall] h2")).toHaveText("Read on with Reader — €9/month");
  await expect(page.locator("[data-paywall]")).not.toContainText(/current plan|Level \d/);
  await expect(page.locator(".gated-content")).toHaveCount(0);
  await context.close();
});

test.describe("the Stripe webhook route", () => {
  const sign = (payload: string, secret = WEBHOOK_SECRET) => Stripe.webhooks.generateTestHeaderString({ payload, secret });
  const event = (type: string, object: Record<string, unknown>) =>
    JSON.stringify({ id: `evt_e2e_${Math.random().toString(36).slice(2)}`, object: "event", api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });

  test("refuses missing, forged, wrongly keyed and truncated signatures with 400", async ({ request }) => {
    const payload = event("customer.subscription.updated", { id: "sub_x", object: "subscription", customer: "cus_unknown" });
    const post = (data: string, headers: Record<string, string>) => request.post("/api/stripe/webhook", { data, headers: { "content-type": "application/json", ...headers } });
    expect((await post(payload, {})).status()).toBe(400);
    expect((await post(payload, { "stripe-signature": "t=1,v1=deadbeef" })).status()).toBe(400);
    expect((await post(payload, { "stripe-signature": sign(payload, "whsec_wrong") })).status()).toBe(400);
    const truncated = await post(payload.slice(0, -10), { "stripe-signature": sign(payload) });
    expect(truncated.status()).toBe(400);
    expect(await truncated.text()).not.toContain(WEBHOOK_SECRET);
  });

  test("accepts and ignores unknown event types and unknown customers; a replay changes nothing", async ({ request }) => {
    const unknownType = event("product.created", { id: "prod_x", object: "product" });
    const res = await request.post("/api/stripe/webhook", { data: unknownType, headers: { "content-type": "application/json", "stripe-signature": sign(unknownType) } });
    expect(res.status()).toBe(200);
    expect((await res.json()).outcome).toMatch(/ignored/);

    const stranger = event("customer.subscription.updated", { id: "sub_nobody", object: "subscription", customer: "cus_nobody", metadata: {} });
    const first = await request.post("/api/stripe/webhook", { data: stranger, headers: { "content-type": "application/json", "stripe-signature": sign(stranger) } });
    expect(first.status()).toBe(200);
    expect((await first.json()).outcome).toBe("ignored: unknown customer");
    const replay = await request.post("/api/stripe/webhook", { data: stranger, headers: { "content-type": "application/json", "stripe-signature": sign(stranger) } });
    expect(replay.status()).toBe(200);
    expect((await replay.json()).outcome).toMatch(/duplicate/);
  });

  test("an oversized body answers 413", async ({ request }) => {
    const res = await request.post("/api/stripe/webhook", { data: "x".repeat(600 * 1024), headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=x" } });
    expect(res.status()).toBe(413);
  });
});

test("checkout needs a signed-in member and refuses cross-origin requests", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  expect((await request.post("/api/billing/checkout", { data: { planId: 1 }, headers: { origin: BASE_URL } })).status()).toBe(401);
  expect((await request.post("/api/billing/checkout", { data: { planId: 1 }, headers: { origin: "https://evil.example" } })).status()).toBe(403);
  expect((await request.post("/api/billing/test-checkout", { data: { sessionId: "cs_test_nope" }, headers: { origin: BASE_URL } })).status()).toBe(401);
  await request.dispose();
});
