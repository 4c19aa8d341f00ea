import { expect, test } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import { readFileSync } from "node:fs";
import type enAccount from "../lib/i18n/messages/en/account.json";
import type enAdmin from "../lib/i18n/messages/en/admin.json";
import type enCommon from "../lib/i18n/messages/en/common.json";
import type enEmail from "../lib/i18n/messages/en/email.json";
import type enErrors from "../lib/i18n/messages/en/errors.json";
import type enReader from "../lib/i18n/messages/en/reader.json";
import { BASE_URL, newContext, signedInContext, uniqueEmail } from "./support/accounts";

// The French catalogue as the server has it (read as data: Playwright's loader does not import JSON modules).
const catalogue = <T>(name: string) => JSON.parse(readFileSync(new URL(`../lib/i18n/messages/fr/${name}.json`, import.meta.url), "utf8")) as T;
const account = catalogue<typeof enAccount>("account");
const admin = catalogue<typeof enAdmin>("admin");
const errors = catalogue<typeof enErrors>("errors");
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
const FRENCH_PIECE_TITLE = "La Mauritanie, partenaire discret de l'Europe sur la route atlantique";
const SAME_ORIGIN = { origin: BASE_URL };
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

test("the newsroom words a piece's requirement and previews its paywall in French, and its forms refuse in French", async ({ browser }) => {
  const editor = await signedInContext(browser, "editor@meridian.example");
  const page = await editor.newPage();
  // Level labels are the newsroom's own words: the wording around the label is the catalogue's.
  const needsLevel1 = fr(reader.requirement.subscribers, { level: 1, label: "\u0000" }).split("\u0000")[0]!;

  await page.goto(`/admin/articles?${new URLSearchParams({ q: "Mauritanie" })}`);
  const link = page.getByRole("link", { name: FRENCH_PIECE_TITLE });
  const row = page.locator("tr", { has: link });
  expect(plain(await row.textContent())).toContain(needsLevel1);

  // Preview as an anonymous visitor: the requirement and the paywall box are French, the box as readers see it.
  await page.goto(`${await link.getAttribute("href")}/preview?as=anonymous`);
  expect(plain(await page.locator("main").textContent())).toContain(fr(admin.preview.needs, { requirement: needsLevel1 }));
  const paywall = page.locator("[data-testid=preview] [data-paywall]");
  expect(plain(await paywall.locator("h2").textContent())).toBe(fr(reader.paywall.readOn, { plan: "Reader", terms: "9 €/mois" }));

  // A form lib refuses: a bound's message (from the schema) and a fixed one, in French.
  const tooLong = await editor.request.post("/api/admin/authors", { headers: SAME_ORIGIN, data: { name: "x".repeat(101) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).fieldErrors.name).toBe(fr(errors.withValues.useAtMost, { max: 100 }));
  const noAccount = await editor.request.post("/api/admin/authors", { headers: SAME_ORIGIN, data: { name: `Plume ${Date.now()}`, userEmail: uniqueEmail("personne") } });
  expect(noAccount.status()).toBe(400);
  expect((await noAccount.json()).fieldErrors.userEmail).toBe(errors.fixed.noAccountWithEmail);
  await editor.close();
});

test("a member's private feed is titled and described in French", async ({ browser, playwright }) => {
  const member = await newContext(browser);
  const signup = await member.request.post("/api/session/signup", { data: { name: "Lectrice", email: uniqueEmail("flux"), password: "lectrice-du-flux" }, headers: SAME_ORIGIN });
  expect(signup.status()).toBe(201);
  const created = await member.request.post("/api/account/private-feed", { headers: SAME_ORIGIN });
  expect(created.status()).toBe(201);
  const { url } = (await created.json()) as { url: string };

  // A feed reader has no cookies: the address alone.
  const app = await playwright.request.newContext();
  const body = await (await app.get(url)).text();
  expect(body).toContain(fr(reader.feeds.privateTitleNamed, { site: "", name: "Lectrice" }).trim());
  expect(body).toContain(fr(reader.feeds.privateDescription, { site: "\u0000" }).split("\u0000")[1]!.trim());
  expect(body).toContain("<language>fr</language>");
  expect(body).not.toContain("private feed");
  const gone = await app.get(`${BASE_URL}/private-feeds/${"x".repeat(43)}`);
  expect(gone.status()).toBe(404);
  expect(await gone.text()).toBe(reader.feeds.privateGone);
  await app.dispose();
  await member.close();
});
