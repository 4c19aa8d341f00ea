import { expect, request as apiRequest, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL, randomIp, signIn, uniqueEmail } from "./support/accounts";
import { gatedPieces, leakedSentences } from "./support/gated-text";
import { crawlForLeaks, type LeakViewer } from "./support/leak-crawl";

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

async function setMeter(anonymous: number, members: number): Promise<void> {
  const editor = await apiRequest.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await signIn({ request: editor }, "editor@meridian.example");
  const saved = await editor.post("/api/admin/settings", {
    data: { section: "meter", meterAnonymous: anonymous, meterMembers: members, meterPeriod: "calendar-month", meterCeiling: 2, reason: "e2e doors" },
    headers: { origin: BASE_URL },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await editor.dispose();
}

test.beforeAll(async () => {
  expect(metered.length).toBeGreaterThanOrEqual(LIMIT + 2);
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
test.afterAll(async () => setMeter(0, 0));

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
  await page.goto("/latest");
  const linked = [];
  for (const piece of metered) if ((await page.locator(`a[href="/articles/${piece.slug}"]`).count()) > 0) linked.push(piece);
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

const doorViewers: LeakViewer[] = [
  { name: "anonymous, meter used up", level: null, ccaps: [], setUp: exhaustMeter(LIMIT, false) },
  { name: "anonymous, forged meter cookie", level: null, ccaps: [], setUp: async () => {}, cookies: [{ name: "lede_meter", value: "m1.W10.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }] },
  { name: "level 0 member, meter used up", level: 0, ccaps: [], setUp: exhaustMeter(MEMBER_LIMIT, true) },
];

test("leak crawler: the doors' viewers get no gated sentence they may not read", async ({ playwright }) => {
  test.setTimeout(600_000);
  await crawlForLeaks(playwright, doorViewers);
});
