import { expect, request as apiRequest, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL, randomIp, signedInByEmailCode, signedInContext, signIn, signInByEmailCode, uniqueEmail } from "./support/accounts";
import { gatedPieces, leakedSentences } from "./support/gated-text";
import { crawlForLeaks, type LeakViewer } from "./support/leak-crawl";
import { demoArticles } from "../scripts/seed/seed";

/*
 * The doors of issue 17, from the outside: the free-article meter's journey, then the leak
 * crawler with the viewers a door could leak to. The meter is site-wide, so this spec runs
 * alone, last (playwright.config.ts: the "doors" project), and turns it off again.
 */
test.describe.configure({ mode: "serial" });

const LIMIT = 3;
const MEMBER_LIMIT = 2;
// Level 1 and no capability: under the ceiling (2) set below, so metered.
const metered = gatedPieces.filter((p) => p.access.kind === "level" && p.access.level === 1 && !p.access.ccaps?.length);
// What the level 2 subscriber who gives links may read (and so gift).
const giftable = gatedPieces.filter((p) => p.access.kind === "level" && p.access.level <= 2 && !p.access.ccaps?.length);
// The gift viewers' meter is used up (a forged cookie counts so), so that only their token could open anything.
const USED_UP_METER = [{ name: "lede_meter", value: "m1.W10.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }];

async function setMeter(anonymous: number, members: number): Promise<void> {
  await asEditor(async (editor) => {
    const saved = await editor.post("/api/admin/settings", {
      data: { section: "meter", meterAnonymous: anonymous, meterMembers: members, meterPeriod: "calendar-month", meterCeiling: 2, reason: "e2e doors" },
      headers: { origin: BASE_URL },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  });
}

async function setGifts(giftMaxOpens: number): Promise<void> {
  await asEditor(async (editor) => {
    const saved = await editor.post("/api/admin/settings", { data: { section: "gifts", giftQuota: 50, giftExpiryDays: 14, giftMaxOpens, reason: "e2e doors" }, headers: { origin: BASE_URL } });
    expect(saved.status(), await saved.text()).toBe(200);
  });
}

// One signed-in editor and one giver for the whole spec: the demo accounts' password sign-ins
// are rate limited per address across the suite.
const signedIn = new Map<string, Promise<APIRequestContext>>();
function apiAs(email: string): Promise<APIRequestContext> {
  let context = signedIn.get(email);
  if (!context) {
    context = apiRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } }).then(async (request) => {
      // Staff by e-mail code: the demo staff accounts' password sign-ins reach their limit across the suite.
      if (email === "editor@meridian.example") await signInByEmailCode({ request }, email);
      else await signIn({ request }, email);
      return request;
    });
    signedIn.set(email, context);
  }
  return context;
}

async function asEditor(body: (editor: APIRequestContext) => Promise<void>): Promise<void> {
  await body(await apiAs("editor@meridian.example"));
}

/** A gift link made by a level 2 subscriber through the API (revoked, or opened, as asked). */
async function giftLink(slug: string, then: "revoke" | "open-once" | "keep"): Promise<string> {
  const giver = await apiAs("level2@meridian.example");
  const made = await giver.post("/api/account/gifts", { data: { action: "create", slug }, headers: { origin: BASE_URL } });
  expect(made.status(), await made.text()).toBe(201);
  const { url } = (await made.json()) as { url: string };
  const token = new URL(url).searchParams.get("gift")!;
  if (then === "revoke") {
    const id = token.split(".")[0];
    expect((await giver.post("/api/account/gifts", { data: { action: "revoke", id }, headers: { origin: BASE_URL } })).status()).toBe(200);
  }
  if (then === "open-once") {
    const visitor = await apiRequest.newContext({ baseURL: BASE_URL });
    const piece = gatedPieces.find((p) => p.slug === slug)!;
    expect(leakedSentences(piece, await (await visitor.get(`/articles/${slug}?gift=${token}`)).text()).length).toBeGreaterThan(0);
    await visitor.dispose();
  }
  return token;
}

// Documentation ranges (RFC 5737, 3849): the suite's own clients come from 10.x.
const INSIDE = "203.0.113.7";
const OUTSIDE = "198.51.100.7";
const level2 = gatedPieces.filter((p) => p.access.kind === "level" && p.access.level === 2 && !p.access.ccaps?.length);

test.beforeAll(async () => {
  expect(metered.length).toBeGreaterThanOrEqual(LIMIT + 2);
  await asEditor(async (editor) => {
    const saved = await editor.post("/api/admin/organisations", {
      data: { action: "save", name: "University of Tartu", grant: { level: "2", ccaps: [] }, startsOn: "", endsOn: "", ipRanges: "203.0.113.0/24\n2001:db8:ab::/48", emailDomains: "ut.example", reason: "e2e doors" },
      headers: { origin: BASE_URL },
    });
    expect(saved.status(), await saved.text()).toBe(200);
  });
  await setGifts(0);
  await setMeter(LIMIT, MEMBER_LIMIT);
  // The server reads the switch again when it is saved (asynchronously): wait until a new visitor is metered.
  const probe = metered[metered.length - 1]!;
  await expect
    .poll(async () => {
      const visitor = await apiRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
      const body = await (await visitor.get(`/articles/${probe.slug}`)).text();
      await visitor.dispose();
      return body.includes("data-meter");
    })
    .toBe(true);
});
test.afterAll(async () => {
  await setMeter(0, 0);
  await setGifts(0);
  for (const context of signedIn.values()) await (await context).dispose();
});

test("a visitor reads 3 free articles then meets the paywall", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await context.newPage();
  const [a, b, c, d] = metered;
  for (const [i, piece] of [a!, b!, c!].entries()) {
    const response = await page.goto(`/articles/${piece.slug}`);
    expect(response!.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.locator(".gated-content")).toBeVisible();
    expect(leakedSentences(piece, await page.content()).length, piece.slug).toBeGreaterThan(0);
    await expect(page.locator("[data-meter]")).toContainText(i === 2 ? "This was your last free article this month" : `${2 - i} of 3 free articles left this month`);
  }
  const meter = (await context.cookies()).find((cookie) => cookie.name === "lede_meter");
  expect(meter).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  const fourth = await page.goto(`/articles/${d!.slug}`);
  expect(fourth!.headers()["cache-control"]).toBe("private, no-store");
  await expect(page.getByRole("heading", { name: "You have read your 3 free articles this month" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Subscribe" }).first()).toBeVisible();
  expect(leakedSentences(d!, await page.content())).toEqual([]);

  // Re-reading an article unlocked this month costs nothing.
  await page.goto(`/articles/${b!.slug}`);
  await expect(page.locator(".gated-content")).toBeVisible();
  expect(leakedSentences(b!, await page.content()).length).toBeGreaterThan(0);
  await context.close();
});

test("a visitor following a link inside the site (client-side navigation) reads metered too", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await context.newPage();
  // A section page that lists a metered piece (the latest page may be full of other specs' pieces by now).
  const piece = metered[0]!;
  const section = demoArticles.find((a) => a.slug === piece.slug)!.categories[0]!;
  await page.goto(`/categories/${section}`);
  const linked = [];
  for (const candidate of metered) if ((await page.locator(`a[href="/articles/${candidate.slug}"]`).count()) > 0) linked.push(candidate);
  expect(linked.length).toBeGreaterThan(0);
  await page.locator(`a[href="/articles/${linked[0]!.slug}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${linked[0]!.slug}$`));
  await expect(page.locator("[data-meter]")).toBeVisible();
  await expect(page.locator(".gated-content")).toBeVisible();
  expect(leakedSentences(linked[0]!, await page.content()).length).toBeGreaterThan(0);
  await context.close();
});

test("a forged meter cookie is a used-up meter, never an error", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await context.addCookies([{ name: "lede_meter", value: "m1.W10.forged", domain: "localhost", path: "/" }]);
  const page = await context.newPage();
  const response = await page.goto(`/articles/${metered[0]!.slug}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "You have read your 3 free articles this month" })).toBeVisible();
  expect(leakedSentences(metered[0]!, await page.content())).toEqual([]);
  await context.close();
});

test("a subscriber gifts a link that a signed-out browser opens, then the giver revokes it", async ({ browser }) => {
  const piece = giftable.find((p) => p.access.kind === "level" && p.access.level === 2)!;
  const giver = await signedInContext(browser, "level2@meridian.example");
  const giverPage = await giver.newPage();
  await giverPage.goto(`/articles/${piece.slug}`);
  await giverPage.getByRole("button", { name: "Gift this article" }).click();
  const field = giverPage.getByRole("textbox", { name: "Gift link" });
  await expect(field).toHaveValue(/\/articles\/.+\?gift=/);
  const url = await field.inputValue();

  const recipient = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  // With free articles used up, so that after the revocation nothing else opens the piece (the meter is on in this spec).
  await recipient.addCookies(USED_UP_METER.map((c) => ({ ...c, domain: "localhost", path: "/" })));
  const page = await recipient.newPage();
  const opened = await page.goto(url);
  expect(opened!.headers()["cache-control"]).toBe("private, no-store");
  await expect(page.locator("[data-gift]")).toContainText(/Gifted to you by \w+/);
  await expect(page.getByRole("link", { name: "Subscribe" }).first()).toBeVisible();
  expect(leakedSentences(piece, await page.content()).length).toBeGreaterThan(0);

  await giverPage.goto("/account");
  const row = giverPage.getByTestId("gift-links").locator("tr", { has: giverPage.getByRole("link", { name: piece.title }) }).first();
  await expect(row).toContainText("1");
  giverPage.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  await page.goto(url);
  await expect(page.locator("[data-paywall]")).toBeVisible();
  expect(leakedSentences(piece, await page.content())).toEqual([]);
  await giver.close();
  await recipient.close();
});

test("an editor makes a publisher gift link from the article's admin page; anyone opens it until it is revoked", async ({ browser }) => {
  const piece = giftable[3]!;
  // The admin account by e-mail code: editor@'s password sign-ins are used up across the suite, and
  // its code is this spec's API editor's (one outstanding code per address).
  const editor = await signedInByEmailCode(browser, "admin@meridian.example");
  const admin = await editor.newPage();
  await admin.goto(`/admin/articles?q=${encodeURIComponent(piece.title)}`);
  const href = await admin.getByRole("link", { name: piece.title, exact: true }).first().getAttribute("href");
  expect(href, "the article's admin page").toMatch(/^\/admin\/articles\/\d+$/);
  await admin.goto(href!);
  await admin.getByRole("button", { name: "Make a publisher gift link" }).click();
  const link = admin.getByTestId("publisher-gift-links-table").locator("code").first();
  await expect(link).toContainText("?gift=");
  const url = (await link.textContent())!;

  const reader = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await reader.addCookies(USED_UP_METER.map((c) => ({ ...c, domain: "localhost", path: "/" })));
  const page = await reader.newPage();
  await page.goto(url);
  await expect(page.locator("[data-gift]")).toContainText("Gifted to you by the newsroom");
  expect(leakedSentences(piece, await page.content()).length).toBeGreaterThan(0);

  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.getByTestId("publisher-gift-links-table").getByRole("button", { name: "Revoke" }).first().click();
  await expect(admin.getByTestId("publisher-gift-links-table")).toContainText("Revoked");
  await page.goto(url);
  expect(leakedSentences(piece, await page.content())).toEqual([]);
  await editor.close();
  await reader.close();
});

test("a request from inside a configured range reads in full, as the organisation; outside, the paywall", async ({ browser }) => {
  const piece = level2[0]!;
  for (const [ip, inside] of [[INSIDE, true], [OUTSIDE, false]] as const) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
    // Free articles used up, so that only the organisation could open the piece (the meter is on in this spec).
    await context.addCookies(USED_UP_METER.map((c) => ({ ...c, domain: "localhost", path: "/" })));
    const page = await context.newPage();
    const response = await page.goto(`/articles/${piece.slug}`);
    if (inside) {
      expect(response!.headers()["cache-control"]).toBe("private, no-store");
      await expect(page.locator("[data-institution]")).toHaveText("Access provided by University of Tartu.");
      expect(leakedSentences(piece, await page.content()).length).toBeGreaterThan(0);
    } else {
      await expect(page.locator("[data-paywall]")).toBeVisible();
      expect(leakedSentences(piece, await page.content())).toEqual([]);
    }
    await context.close();
  }
  // Without a meter cookie too: the shared page is answered per reader inside the range.
  const visitor = await apiRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": INSIDE } });
  const answer = await visitor.get(`/articles/${level2[1]!.slug}`);
  expect(answer.headers()["cache-control"]).toBe("private, no-store");
  expect(leakedSentences(level2[1]!, await answer.text()).length).toBeGreaterThan(0);
  await visitor.dispose();
});

/** Reads `count` metered pieces (from the end of the list) so that the meter is used up. */
const exhaustMeter = (count: number, signUp: boolean) => async (request: APIRequestContext) => {
  if (signUp) {
    const email = uniqueEmail("metered");
    expect((await request.post("/api/session/signup", { data: { name: "Metered", email, password: "metered-member" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  }
  const read = metered.slice(-count);
  for (const piece of read) expect(leakedSentences(piece, await (await request.get(`/articles/${piece.slug}`)).text()).length, piece.slug).toBeGreaterThan(0);
  return { mayAlsoRead: read.map((p) => p.slug) };
};

/** Signs a fresh member up at `email` (a password sign-up proves nothing about the address). */
async function signUp(request: APIRequestContext, email: string): Promise<void> {
  const res = await request.post("/api/session/signup", { data: { name: "Door Viewer", email, password: "door-viewer-password" }, headers: { origin: BASE_URL } });
  expect(res.status(), await res.text()).toBe(201);
}

/**
 * A member who held a seat of an organisation (level 2) and read through it, until its manager
 * removed the seat; then their free articles are used up, so only the seat could open anything.
 */
async function removedSeat(request: APIRequestContext) {
  const email = uniqueEmail("removed-seat");
  await signUp(request, email);
  const manager = await apiRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const managerEmail = uniqueEmail("seat-manager");
  await signUp(manager, managerEmail);
  let organisationId = 0;
  await asEditor(async (editor) => {
    const saved = await editor.post("/api/admin/organisations", {
      data: { action: "save", name: `Seat Org ${Date.now().toString(36)}`, grant: { level: "2", ccaps: [] }, startsOn: "", endsOn: "", seats: "1", managers: managerEmail, reason: "e2e doors" },
      headers: { origin: BASE_URL },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    organisationId = ((await saved.json()) as { id: number }).id;
  });
  const invited = await manager.post("/api/account/organisation", { data: { action: "invite", organisationId, email }, headers: { origin: BASE_URL } });
  expect(invited.status(), await invited.text()).toBe(200);
  const { seatId } = (await invited.json()) as { seatId: number };
  let token = "";
  await expect(async () => {
    const outbox = await (await request.get("/dev/outbox")).text();
    const item = outbox.split(`data-to="${email}"`)[1] ?? "";
    token = /accept\?token=([A-Za-z0-9_-]{43})/.exec(item)?.[1] ?? "";
    expect(token).not.toBe("");
  }).toPass({ timeout: 10_000 });
  expect((await request.post("/api/account/organisation", { data: { action: "accept", token }, headers: { origin: BASE_URL } })).status()).toBe(200);
  const seated = level2[2]!;
  expect(leakedSentences(seated, await (await request.get(`/articles/${seated.slug}`)).text()).length, "the seat opens a level 2 piece").toBeGreaterThan(0);
  const removed = await manager.post("/api/account/organisation", { data: { action: "remove", organisationId, seatId }, headers: { origin: BASE_URL } });
  expect(removed.status(), await removed.text()).toBe(200);
  await manager.dispose();
  return exhaustMeter(MEMBER_LIMIT, false)(request);
}

/** A member whose address is at an organisation's e-mail domain but was never proved. */
async function unprovedAtDomain(request: APIRequestContext) {
  await signUp(request, `unproved-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@ut.example`);
  const account = await (await request.get("/account")).text();
  expect(account).not.toContain("University of Tartu (your e-mail domain)");
  return exhaustMeter(MEMBER_LIMIT, false)(request);
}

const doorViewers: LeakViewer[] = [
  { name: "anonymous, meter used up", level: null, ccaps: [], setUp: exhaustMeter(LIMIT, false) },
  { name: "anonymous, forged meter cookie", level: null, ccaps: [], setUp: async () => {}, cookies: USED_UP_METER },
  { name: "level 0 member, meter used up", level: 0, ccaps: [], setUp: exhaustMeter(MEMBER_LIMIT, true) },
  { name: "anonymous, revoked gift token", level: null, ccaps: [], cookies: USED_UP_METER, setUp: async () => ({ giftToken: await giftLink(giftable[0]!.slug, "revoke") }) },
  {
    name: "anonymous, gift token used up",
    level: null,
    ccaps: [],
    cookies: USED_UP_METER,
    setUp: async () => {
      await setGifts(1);
      const giftToken = await giftLink(giftable[1]!.slug, "open-once");
      await setGifts(0);
      return { giftToken };
    },
  },
  { name: "anonymous, outside every organisation's range", level: null, ccaps: [], ip: OUTSIDE, cookies: USED_UP_METER, setUp: async () => {} },
  { name: "level 0 member, unproved address at an organisation's e-mail domain, meter used up", level: 0, ccaps: [], setUp: unprovedAtDomain },
  { name: "level 0 member whose organisation seat was removed, meter used up", level: 0, ccaps: [], setUp: removedSeat },
  // A valid token, of one article: every other article asked for with it.
  {
    name: "anonymous, gift token of another article",
    level: null,
    ccaps: [],
    cookies: USED_UP_METER,
    setUp: async () => ({ giftToken: await giftLink(giftable[2]!.slug, "keep"), mayAlsoRead: [giftable[2]!.slug] }),
  },
];

test("leak crawler: the doors' viewers get no gated sentence they may not read", async ({ playwright }) => {
  test.setTimeout(600_000);
  await crawlForLeaks(playwright, doorViewers);
});
