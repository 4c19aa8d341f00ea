import { expect, test } from "@playwright/test";
import { BASE_URL, latestEmailTo, newContext, requestSignInCode, signedInContext, signIn, signInWithCode, uniqueEmail } from "./support/accounts";
import { demoArticles } from "@/scripts/seed/seed";
import { gatedPieces, normaliseText } from "./support/gated-text";

const byLevel = (level: number, ccap?: string) =>
  gatedPieces.find((p) => p.access.kind === "level" && p.access.level === level && (ccap ? p.access.ccaps?.includes(ccap) : !p.access.ccaps?.length))!;

test("a visitor signs up by e-mail link, confirms, and lands back on the article with its full text", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const piece = byLevel(0);
  const email = uniqueEmail("linkreader");
  await page.goto(`/articles/${piece.slug}`);
  await expect(page.locator("[data-paywall]")).toContainText("Create a free account");
  await page.locator("[data-paywall]").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("E-mail").first().fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeVisible();

  const message = await latestEmailTo(page, email);
  const link = message.match(/https?:\/\/\S+\/signin\/confirm\S+/)![0];
  // Opening the link (as a mail scanner would) must not use up the token.
  const scanned = await context.request.get(link);
  expect(scanned.status()).toBe(200);
  expect((await context.cookies()).some((c) => c.name === "lede.session")).toBe(false);

  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${piece.slug}$`));
  await expect(page.locator(".gated-content")).toBeVisible();
  await expect(page.locator("[data-paywall]")).toHaveCount(0);
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await expect(page.getByTestId("account-level")).toContainText("Level 0");
  await context.close();
});

test("the one-time code from the same e-mail signs in, once", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("codereader");
  await page.goto("/signin?callbackUrl=/account");
  await page.getByLabel("E-mail").first().fill(email);
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeVisible();
  const code = (await latestEmailTo(page, email)).match(/code on the sign-in page: (\S+)/)![1]!;
  const checkEmail = `/signin/check-email?email=${encodeURIComponent(email)}&callbackUrl=/account`;
  await page.goto(checkEmail);
  await page.getByLabel("Code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Sign in with the code" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId("account-email")).toHaveText(email);
  // A used code does not work twice.
  const other = await newContext(browser);
  const again = await other.newPage();
  await again.goto(checkEmail);
  await again.getByLabel("Code").fill(code);
  await again.getByRole("button", { name: "Sign in with the code" }).click();
  await expect(again.locator("main").getByRole("alert")).toContainText("already been used");
  await other.close();
  await context.close();
});

test("sign-up with a password validates input and signs in", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const piece = byLevel(0);
  await page.goto(`/signup?callbackUrl=/articles/${piece.slug}`);
  await page.getByLabel("Name").fill("Test Reader");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel(/Password/).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("E-mail").fill(uniqueEmail("pwreader"));
  await page.getByLabel(/Password/).fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${piece.slug}\\?account=created$`));
  await expect(page.getByTestId("account-created")).toBeVisible();
  await expect(page.locator(".gated-content")).toBeVisible();
  await context.close();
});

test("levels: level 0 reads level 0 and meets the upgrade box at level 1; level 2 reads 2 but not 3", async ({ browser }) => {
  const free = await signedInContext(browser, "level0@meridian.example");
  const page = await free.newPage();
  await page.goto(`/articles/${byLevel(0).slug}`);
  await expect(page.locator(".gated-content")).toBeVisible();
  await page.goto(`/articles/${byLevel(1).slug}`);
  await expect(page.locator("[data-paywall]")).toContainText("Read on with Reader — €9/month");
  await expect(page.locator("[data-paywall]")).not.toContainText(/current plan|Level \d/);
  await free.close();

  const premium = await signedInContext(browser, "level2@meridian.example");
  const p2 = await premium.newPage();
  const res = await p2.goto(`/articles/${byLevel(2).slug}`);
  expect(res?.headers()["cache-control"]).toContain("no-store");
  expect(res?.headers()["cache-control"]).toContain("private");
  await expect(p2.locator(".gated-content")).toBeVisible();
  await p2.goto(`/articles/${byLevel(3).slug}`);
  await expect(p2.locator("[data-paywall]")).toContainText("Read on with Insider — €240/year");
  await expect(p2.locator(".gated-content")).toHaveCount(0);
  await premium.close();
});

test("a subscriber's full text survives hydration, client-side navigation and the back button", async ({ browser }) => {
  const context = await signedInContext(browser, "level3@meridian.example");
  const page = await context.newPage();
  const reactErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && reactErrors.push(m.text()));
  page.on("pageerror", (e) => reactErrors.push(e.message));
  const piece = byLevel(2);
  const showsGatedText = (sentence: string) =>
    expect.poll(async () => normaliseText((await page.locator(".gated-content").allInnerTexts()).join(" "))).toContain(sentence);

  // The document is the shared page with the reader's part put in by the server.
  const response = await page.goto(`/articles/${piece.slug}`);
  expect(response!.headers()["cache-control"]).toBe("private, no-store");
  await page.waitForLoadState("networkidle");
  await showsGatedText(piece.gatedSentences[0]!);
  await expect(page.locator("[data-paywall]")).toHaveCount(0);

  // A client-side navigation away and back through history shows the full text again.
  await page.locator(".tag-list a").first().click();
  await expect(page).toHaveURL(/\/tags\//);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/articles/${piece.slug}$`));
  await showsGatedText(piece.gatedSentences[0]!);
  await expect(page.locator("[data-paywall]")).toHaveCount(0);

  // A client-side navigation to another article renders it for this reader too.
  const other = byLevel(3);
  await page.goto(`/tags/${demoArticles.find((a) => a.slug === other.slug)!.tags[0]}`);
  await page.locator(`a[href="/articles/${other.slug}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${other.slug}$`));
  await showsGatedText(other.gatedSentences[0]!);
  expect(reactErrors).toEqual([]);
  await context.close();
});

test("capabilities: the ccap holder reads the dossier piece, a level-1 reader without it is told what is missing", async ({ browser }) => {
  const piece = byLevel(1, "dossier_libya");
  const holder = await signedInContext(browser, "ccap@meridian.example");
  const page = await holder.newPage();
  await page.goto(`/articles/${piece.slug}`);
  await expect(page.locator(".gated-content")).toBeVisible();
  await holder.close();
  const reader = await signedInContext(browser, "level1@meridian.example");
  const p = await reader.newPage();
  await p.goto(`/articles/${piece.slug}`);
  await expect(p.locator("[data-paywall]")).toContainText("This article is part of The Libya dossier");
  await expect(p.locator("[data-paywall]")).not.toContainText("dossier_libya");
  await reader.close();
});

test("revoking a session from another browser signs that browser out", async ({ browser }) => {
  const email = uniqueEmail("revoker");
  const first = await newContext(browser, { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" });
  const res = await first.request.post("/api/session/signup", { data: { name: "Two Devices", email, password: "two-devices-password" }, headers: { origin: BASE_URL } });
  expect(res.status()).toBe(201);
  const second = await newContext(browser);
  await signIn(second, email, "two-devices-password");

  const page = await second.newPage();
  await page.goto("/account");
  const list = page.getByRole("list", { name: "Sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await list.getByRole("listitem").filter({ hasText: "Firefox on Linux" }).getByRole("button", { name: "Sign out this device" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  const firstPage = await first.newPage();
  await firstPage.goto("/account");
  await expect(firstPage).toHaveURL(/\/signin/);
  // Refused everywhere, not just on the account page: no gated text, no member API.
  await firstPage.goto(`/articles/${byLevel(0).slug}`);
  await expect(firstPage.locator("[data-paywall]")).toBeVisible();
  await expect(firstPage.locator(".gated-content")).toHaveCount(0);
  expect((await first.request.post("/api/account/sessions", { data: { action: "revoke-others" }, headers: { origin: BASE_URL } })).status()).toBe(401);
  await first.close();
  await second.close();
});

test("a fourth concurrent sign-in revokes the oldest session and tells the member", async ({ browser }) => {
  const email = uniqueEmail("sharer");
  const contexts = [await newContext(browser)];
  expect((await contexts[0]!.request.post("/api/session/signup", { data: { name: "Sharer", email, password: "sharing-is-caring" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  for (let i = 0; i < 3; i++) {
    const c = await newContext(browser);
    await signIn(c, email, "sharing-is-caring");
    contexts.push(c);
  }
  const oldest = await contexts[0]!.newPage();
  await oldest.goto("/account");
  await expect(oldest).toHaveURL(/\/signin/);
  const newest = await contexts[3]!.newPage();
  await newest.goto("/account");
  await expect(newest.getByRole("list", { name: "Sessions" }).getByRole("listitem")).toHaveCount(3);
  await expect(newest.getByRole("status")).toContainText("we signed out your oldest session");
  for (const c of contexts) await c.close();
});

test("sign-out ends the session on the server", async ({ browser }) => {
  const context = await signedInContext(browser, "level1@meridian.example");
  const token = (await context.cookies()).find((c) => c.name === "lede.session")!.value;
  const page = await context.newPage();
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(`${BASE_URL}/`);
  // Replaying the old cookie is refused: the session is gone, not just the cookie.
  const replay = await newContext(browser);
  await replay.addCookies([{ name: "lede.session", value: token, url: BASE_URL }]);
  const p = await replay.newPage();
  await p.goto(`/articles/${byLevel(1).slug}`);
  await expect(p.locator("[data-paywall]")).toBeVisible();
  await expect(p.getByRole("status")).toContainText("Your session has ended");
  await expect(p.locator(".gated-content")).toHaveCount(0);
  expect((await replay.request.post("/api/account/sessions", { data: { action: "revoke-others" }, headers: { origin: BASE_URL } })).status()).toBe(401);
  await replay.close();
  await context.close();
});

test("a password sign-up under someone else's address loses its password and sessions when the owner proves the address", async ({ browser }) => {
  const email = uniqueEmail("owner");
  const squatter = await newContext(browser);
  expect((await squatter.request.post("/api/session/signup", { data: { name: "Squatter", email, password: "squatters-password" }, headers: { origin: BASE_URL } })).status()).toBe(201);
  const owner = await newContext(browser);
  const page = await owner.newPage();
  await signInWithCode(page, email, await requestSignInCode(owner, page, email));
  // The squatter's session has ended and their password no longer opens the account.
  expect((await squatter.request.get("/account", { maxRedirects: 0 })).status()).toBe(307);
  expect((await squatter.request.post("/api/session/password", { data: { email, password: "squatters-password" }, headers: { origin: BASE_URL } })).status()).toBe(401);
  await page.goto("/account");
  await expect(page.getByTestId("account-email")).toHaveText(email);
  await squatter.close();
  await owner.close();
});

test("the GitHub button on the sign-in page starts GitHub's sign-in; the same POST from another site is refused", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  // Stand in for github.com (no network): only the authorize URL we are sent to matters.
  await page.route("https://github.com/**", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "GitHub stand-in" }));
  await page.goto("/signin?callbackUrl=/account");
  await page.getByRole("button", { name: "Continue with GitHub" }).click();
  await expect(page).toHaveURL(/^https:\/\/github\.com\/login\/oauth\/authorize\?/);
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get("client_id")).toBe("e2e-github-client");
  expect(authorize.searchParams.get("redirect_uri")).toBe(`${BASE_URL}/api/auth/callback/github`);
  expect(authorize.searchParams.get("state") ?? authorize.searchParams.get("code_challenge")).toBeTruthy();
  const forged = await context.request.post("/api/auth/signin/github", { form: { callbackUrl: "/account" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await context.close();
});

test("too many password attempts answer 429 with a clear message", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL, "x-forwarded-for": "10.250.250.250" } });
  const email = uniqueEmail("bruteforce");
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) statuses.push((await request.post("/api/session/password", { data: { email, password: `guess-${i}` } })).status());
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  const limited = await request.post("/api/session/password", { data: { email, password: "another-guess" } });
  expect(limited.status()).toBe(429);
  expect((await limited.json()).error).toMatch(/Too many attempts/);
  await request.dispose();
});

test("state-changing routes refuse cross-origin requests", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const path of ["/api/session/password", "/api/session/signup", "/api/session/email-link", "/api/session/signout", "/api/account/sessions"]) {
    const res = await request.post(path, { data: {}, headers: { origin: "https://evil.example" } });
    expect(res.status(), path).toBe(403);
  }
  await request.dispose();
});

test("bad sign-in input gets clear 4xx answers, never a 500", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } });
  const cases: [string, string, number][] = [
    ["/api/session/password", "not json", 400],
    ["/api/session/password", JSON.stringify({ email: "nobody@readers.example", password: "whatever-it-is" }), 401],
    ["/api/session/signup", JSON.stringify({ name: "", email: "x", password: "y" }), 400],
    ["/api/session/email-link", JSON.stringify({ email: "<script>@x" }), 400],
    ["/api/session/password", JSON.stringify({ email: "a@b.example", password: "x".repeat(20_000) }), 413],
  ];
  for (const [path, body, status] of cases) {
    const res = await request.post(path, { data: body, headers: { "content-type": "application/json", "x-forwarded-for": `10.9.${status}.${body.length % 250}` } });
    expect(res.status(), `${path} ${body.slice(0, 40)}`).toBe(status);
    expect(await res.text()).not.toMatch(/at .*\.(js|ts):\d+/);
  }
  await request.dispose();
});

test("Auth.js' own e-mail sign-in start is closed, and its e-mail callback is rate-limited whatever the method", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("authjsdoor");
  const headers = { origin: BASE_URL };
  for (const method of ["post", "get"] as const) {
    const res = await context.request[method]("/api/auth/signin/email", { form: method === "post" ? { email } : undefined, headers, maxRedirects: 0 });
    expect(res.status(), `${method} /api/auth/signin/email`).toBe(404);
  }
  await page.goto("/dev/outbox");
  await expect(page.locator(`li[data-to="${email}"]`)).toHaveCount(0);

  // Code guesses by POST count against the same per-address limit as by GET (8 per 15 minutes).
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const query = new URLSearchParams({ token: `GUESS${i}AAA`.slice(0, 8), email, callbackUrl: "/account" });
    const via = i % 2 === 0 ? "post" : "get";
    statuses.push((await context.request[via](`/api/auth/callback/email?${query}`, { headers, maxRedirects: 0 })).status());
  }
  expect(statuses.slice(0, 8).every((s) => s !== 429), statuses.join(",")).toBe(true);
  expect(statuses.slice(8)).toEqual([429, 429]);
  await context.close();
});

test("a new sign-in code ends the earlier one for that address", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const email = uniqueEmail("twocodes");
  const first = await requestSignInCode(context, page, email);
  const latest = await requestSignInCode(context, page, email);
  expect(latest).not.toBe(first);
  await page.goto(`/signin/check-email?email=${encodeURIComponent(email)}&callbackUrl=/account`);
  await page.getByLabel("Code").fill(first);
  await page.getByRole("button", { name: "Sign in with the code" }).click();
  await expect(page.locator("main").getByRole("alert")).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "lede.session")).toBe(false);
  await signInWithCode(page, email, latest);
  await context.close();
});

test("sign-up with an address that has an account answers as for a new one, and e-mails the owner", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const owner = uniqueEmail("owner");
  const post = (email: string) => context.request.post("/api/session/signup", { data: { name: "Someone", email, password: "a-long-enough-password", callbackUrl: "/account" }, headers: { origin: BASE_URL } });
  const fresh = await post(owner);
  const again = await post(`  ${owner.toUpperCase()}`);
  expect(again.status()).toBe(fresh.status());
  expect(await again.json()).toEqual(await fresh.json());
  const message = await latestEmailTo(page, owner);
  expect(message).toContain("You already have one, so nothing was created");
  expect(message).toMatch(/https?:\/\/\S+\/signin\?email=/);
  await context.close();
});
