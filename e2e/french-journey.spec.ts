import { expect, test } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import { readFileSync } from "node:fs";
import type enAccount from "../lib/i18n/messages/en/account.json";
import type enCommon from "../lib/i18n/messages/en/common.json";
import type enEmail from "../lib/i18n/messages/en/email.json";
import type enReader from "../lib/i18n/messages/en/reader.json";
import { BASE_URL, newContext, uniqueEmail } from "./support/accounts";

// The French catalogue as the server has it (read as data: Playwright's loader does not import JSON modules).
const catalogue = <T>(name: string) => JSON.parse(readFileSync(new URL(`../lib/i18n/messages/fr/${name}.json`, import.meta.url), "utf8")) as T;
const account = catalogue<typeof enAccount>("account");
const common = catalogue<typeof enCommon>("common");
const email = catalogue<typeof enEmail>("email");
const reader = catalogue<typeof enReader>("reader");

/*
 * A French reader's road on a site the newsroom switched to French (the "french" project):
 * chrome, paywall with French prices, the French piece in its own language with its English
 * twin named by hreflang, sign-up and test checkout in French, the account in French, and a
 * sign-in e-mail in French. The words come from the French catalogue itself, so the test
 * follows the catalogue and fails on any English left on this road.
 */

const fr = (message: string, values: Record<string, string | number> = {}) => String(new IntlMessageFormat(message, "fr-FR").format(values)).replace(/[\u00a0\u202f]/g, " ");
const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ").trim();

const FRENCH_PIECE = "/articles/mauritanie-partenaire-discret-frontieres-ue";
const ENGLISH_TWIN = "/articles/eufor-althea-bosnia-mandate-renewal";
const FRENCH_TWIN = "/articles/eufor-althea-bosnie-renouvellement-mandat";

test("a French reader meets the paywall, subscribes and reads, all in French", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();

  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: common.skipToContent })).toBeAttached();
  await expect(page.getByRole("link", { name: common.account.signIn }).first()).toBeVisible();

  // The French piece, gated at level 1: the paywall names the Reader plan at its French price.
  await page.goto(FRENCH_PIECE);
  const paywall = page.locator("[data-paywall]");
  expect(plain(await paywall.locator("h2").textContent())).toBe(fr(reader.paywall.readOn, { plan: "Reader", terms: "9 €/mois" }));
  await expect(page.locator("article.article")).toHaveAttribute("lang", "fr");
  expect(plain(await page.locator(".byline").textContent())).toContain(reader.article.published);

  // Two steps to the payment form, in French.
  await paywall.locator(".button.primary").click();
  const step = page.getByTestId("account-step");
  await step.getByLabel(account.fields.email, { exact: true }).fill(uniqueEmail("lecteur"));
  await step.getByRole("button", { name: account.subscribe.continue }).click();
  await expect(page).toHaveURL(/\/billing\/test-checkout\//);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const pay = page.getByRole("button", { name: account.testCheckout.submit });
  await expect(pay).toBeEnabled();
  await pay.click();
  await expect(page).toHaveURL(new RegExp(`${FRENCH_PIECE}\\?checkout=success`), { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: common.forms.subscriptionActive })).toBeVisible();
  await expect(page.locator(".gated-content")).toBeVisible();

  // The account page speaks French: the plan's price as French writes it.
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(plain(await page.locator("main").textContent())).toMatch(/9,00 €|9 €/);
  await context.close();
});

test("versions of one piece name each other (hreflang), each in its own language", async ({ request }) => {
  for (const [path, own] of [
    [ENGLISH_TWIN, "en"],
    [FRENCH_TWIN, "fr"],
  ] as const) {
    const html = await (await request.get(path)).text();
    // HTML attribute names are case-insensitive (React writes hrefLang).
    expect(html.toLowerCase(), path).toContain(`<link rel="alternate" hreflang="en" href="${BASE_URL}${ENGLISH_TWIN}"/>`);
    expect(html.toLowerCase(), path).toContain(`<link rel="alternate" hreflang="fr" href="${BASE_URL}${FRENCH_TWIN}"/>`);
    expect(html, path).toContain(`<article class="article" lang="${own}"`);
    expect(html, path).toContain(`"inLanguage":"${own}"`);
  }
});

test("a sign-in e-mail is written in French", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const address = uniqueEmail("courriel");
  const res = await context.request.post("/api/session/email-link", { data: { email: address }, headers: { origin: BASE_URL } });
  expect(res.status()).toBe(200);
  await expect(async () => {
    await page.goto("/dev/outbox");
    const item = page.locator(`li[data-to="${address}"]`).first();
    const text = plain(await item.textContent());
    expect(text).toContain(fr(email.signIn.ignore));
    expect(text).toContain(fr(email.signIn.orCode, { code: "" }).replace(/ *$/, ""));
  }).toPass({ timeout: 15_000 });
  await context.close();
});
