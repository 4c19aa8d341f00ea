import { expect, test, type APIRequestContext, type APIResponse, type BrowserContext } from "@playwright/test";
import { MEMBER_ENDPOINTS, UNKNOWN_ID, type MemberEndpoint, type OwnedRecord } from "../lib/authorization/member-endpoints";
import { BASE_URL, newContext, randomIp, requestSignInCode, signedInContext, signInWithCode, uniqueEmail } from "./support/accounts";
import { makeAuthor, memberId, secondDevice, signOutAndClose, signUpMember, type FreshMember } from "./support/fresh-members";
import { gatedPieces, normaliseText } from "./support/gated-text";

/*
 * The member authorization matrix, driven by lib/authorization/member-endpoints.ts (which a unit
 * test keeps in step with app/ on disk): every endpoint × anonymous, member A, member B
 * and staff; every state-changing endpoint replayed cross-origin; every member-owned id of
 * member B tried by member A. A new endpoint in the registry is covered without a new test.
 */
const SAME_ORIGIN = { origin: BASE_URL, referer: `${BASE_URL}/account` };
const HOSTILE: Record<string, Record<string, string>> = {
  "a foreign Origin": { origin: "https://evil.example", referer: "https://evil.example/page" },
  "no Origin, cross-site fetch metadata": { "sec-fetch-site": "cross-site" },
  "no Origin, cross-site fetch metadata and the site's Referer": { "sec-fetch-site": "cross-site", referer: `${BASE_URL}/account` },
};
const isPage = (e: MemberEndpoint) => e.file.endsWith("page.tsx");
const label = (e: MemberEndpoint) => `${e.method} ${e.url}`;
// Signing out goes last, or it would end the caller's session halfway through the matrix.
const inOrder = [...MEMBER_ENDPOINTS].sort((a, b) => Number(!!a.endsSession) - Number(!!b.endsSession));

function call(request: APIRequestContext, e: MemberEndpoint, options: { headers: Record<string, string>; id?: string; body?: unknown; url?: string }): Promise<APIResponse> {
  const swap = (s: string) => (options.id ? s.replaceAll(UNKNOWN_ID, options.id) : s);
  const url = options.url ?? swap(e.url);
  if (e.method === "GET") return request.get(url, { headers: options.headers, maxRedirects: 0 });
  return request.post(url, { data: options.body ?? JSON.parse(swap(JSON.stringify(e.body ?? {}))), headers: options.headers, maxRedirects: 0 });
}

/** What an answer means for the matrix. */
function outcome(res: APIResponse): "sign-in" | "refused" | "error" | "served" {
  const status = res.status();
  if (status >= 500) return "error";
  if (status === 401 || status === 403) return "refused";
  if (status >= 300 && status < 400 && /\/signin\?callbackUrl=/.test(res.headers()["location"] ?? "")) return "sign-in";
  return "served";
}

/** The matrix for one caller; returns the cells that disagree with the registry. */
async function matrixFailures(request: APIRequestContext, signedIn: boolean): Promise<string[]> {
  const failures: string[] = [];
  for (const e of inOrder) {
    // Stripe's servers send no Origin; the webhook's guard is the signature (missing here: 400).
    const res = await call(request, e, { headers: e.callers === "stripe" ? {} : SAME_ORIGIN });
    const got = `${outcome(res)} (${res.status()})`;
    if (e.callers === "stripe") {
      if (res.status() !== 400) failures.push(`${label(e)}: expected 400 without a signature, got ${got}`);
    } else if (e.callers === "member" && !signedIn) {
      const expected = isPage(e) ? "sign-in" : "refused";
      if (outcome(res) !== expected || (!isPage(e) && res.status() !== 401)) failures.push(`${label(e)}: expected ${isPage(e) ? "a redirect to sign in" : "401"}, got ${got}`);
    } else if (outcome(res) !== "served") {
      failures.push(`${label(e)}: expected to be served, got ${got}`);
    }
    if (isPage(e) && res.status() === 200 && signedIn) expect(res.headers()["cache-control"], e.url).toContain("no-store");
  }
  return failures;
}

test("every non-admin endpoint × anonymous, member A, member B and staff gets what the registry says", async ({ browser, playwright }) => {
  // Four callers × every endpoint, one after another: over a minute on a loaded 2-core machine.
  test.setTimeout(180_000);
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  expect(await matrixFailures(anonymous, false)).toEqual([]);
  await anonymous.dispose();

  const admin = await signedInContext(browser, "admin@meridian.example");
  const staff = await makeAuthor(browser, admin, "matrix-staff");
  await signOutAndClose(admin);
  for (const caller of [await signUpMember(browser, "matrix-a"), await signUpMember(browser, "matrix-b"), staff]) {
    expect(await matrixFailures(caller.context.request, true), caller.email).toEqual([]);
    await caller.context.close();
  }
});

test("every state-changing endpoint refuses cross-origin requests with 403 and changes nothing", async ({ browser }) => {
  const victim = await signUpMember(browser, "csrf-victim");
  const otherDevice = await secondDevice(browser, victim);
  const sessionsOf = async (context: BrowserContext) => ((await (await context.request.get("/account")).text()).match(/data-session-id=/g) ?? []).length;
  expect(await sessionsOf(victim.context)).toBe(2);

  // An attacker's own, valid sign-in code: replayed into the victim's browser it would sign them in as the attacker.
  const attackerEmail = uniqueEmail("csrf-attacker");
  const attacker = await newContext(browser);
  const attackerPage = await attacker.newPage();
  const code = await requestSignInCode(attacker, attackerPage, attackerEmail);
  const callback = `/api/auth/callback/email?${new URLSearchParams({ token: code, email: attackerEmail, callbackUrl: "/account" })}`;

  const newcomer = uniqueEmail("csrf-signup");
  const linkTarget = uniqueEmail("csrf-link");
  // Bodies that would do harm if the guard let them through; other endpoints get their probe.
  const attacks: Record<string, { body?: unknown; url?: string }> = {
    "app/api/account/sessions/route.ts": { body: { action: "revoke-others" } },
    "app/api/account/delete/route.ts": { body: { confirmEmail: victim.email } },
    "app/api/account/password/route.ts": { body: { currentPassword: victim.password, newPassword: "forged-password-123" } },
    "app/api/session/password/route.ts": { body: { email: victim.email, password: victim.password } },
    "app/api/session/signup/route.ts": { body: { name: "Forged", email: newcomer, password: "forged-password-123" } },
    "app/api/session/email-link/route.ts": { body: { email: linkTarget } },
    "app/api/auth/[...nextauth]/route.ts": { url: callback },
  };
  const failures: string[] = [];
  const mutating = inOrder.filter((e) => e.mutates);
  expect(mutating.length).toBeGreaterThan(10);
  for (const e of mutating) {
    for (const [how, headers] of Object.entries(HOSTILE)) {
      const attack = e.method === "GET" || e.file !== "app/api/auth/[...nextauth]/route.ts" ? attacks[e.file] : undefined;
      const res = await call(victim.context.request, e, { headers, ...attack });
      if (res.status() !== 403) failures.push(`${e.method} ${attack?.url ?? e.url} with ${how}: expected 403, got ${res.status()}`);
    }
  }
  expect(failures).toEqual([]);

  // Nothing happened: still signed in as themselves on both devices, no new session, no
  // account for the forged sign-up, no e-mail sent, and the attacker's code still unused.
  const account = await victim.context.newPage();
  await account.goto("/account");
  await expect(account.getByTestId("account-email")).toHaveText(victim.email);
  expect(await sessionsOf(otherDevice)).toBe(2);
  const later = await newContext(browser);
  expect((await later.request.post("/api/session/signup", { data: { name: "Real", email: newcomer, password: "a-real-password-123" }, headers: SAME_ORIGIN })).status()).toBe(201);
  await attackerPage.goto("/dev/outbox");
  await expect(attackerPage.locator(`li[data-to="${linkTarget}"]`)).toHaveCount(0);
  await signInWithCode(attackerPage, attackerEmail, code);
  for (const c of [victim.context, otherDevice, attacker, later]) await c.close();
});

test("member A cannot read or change member B's sessions, checkouts, subscriptions, entitlements or invoices", async ({ browser }) => {
  const a = await signUpMember(browser, "idor-a");
  const b = await signUpMember(browser, "idor-b");
  const bOther = await secondDevice(browser, b);
  const bPage = await b.context.newPage();
  const sameOrigin = { headers: SAME_ORIGIN };
  let checkoutId = "";

  async function startCheckout(member: FreshMember): Promise<string> {
    const html = await (await member.context.request.get("/subscribe")).text();
    const planId = html.match(/data-plan="Reader" data-plan-id="(\d+)"/)?.[1];
    const res = await member.context.request.post("/api/billing/checkout", { data: { planId }, ...sameOrigin });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { redirect: string }).redirect.split("/").pop()!;
  }

  // For each kind of record a member owns: how to find B's, and how to see it is untouched.
  const owned: Record<OwnedRecord, { idOf: () => Promise<string>; intact: (id: string) => Promise<void> }> = {
    session: {
      idOf: async () => {
        await bPage.goto("/account");
        return (await bPage.locator("li[data-session-id]").filter({ hasText: "(this device)" }).getAttribute("data-session-id"))!;
      },
      intact: async () => {
        await bPage.goto("/account");
        await expect(bPage.getByTestId("account-email")).toHaveText(b.email);
        await expect(bPage.locator("li[data-session-id]")).toHaveCount(2);
      },
    },
    "test-checkout": {
      idOf: async () => (checkoutId = await startCheckout(b)),
      intact: async (id) => {
        await bPage.goto(`/billing/test-checkout/${id}`);
        await expect(bPage.getByRole("button", { name: "Subscribe (test, no payment)" })).toBeVisible();
      },
    },
    subscription: {
      idOf: async () => {
        const paid = await b.context.request.post("/api/billing/test-checkout", { data: { sessionId: checkoutId }, ...sameOrigin });
        expect(paid.status()).toBe(200);
        await bPage.goto("/account");
        return (await bPage.locator("li[data-subscription-id]").getAttribute("data-subscription-id"))!;
      },
      intact: async (id) => {
        await bPage.goto("/account");
        await expect(bPage.locator(`li[data-subscription-id="${id}"]`).getByTestId("subscription-status")).toHaveText("Active");
      },
    },
  };

  const bIds: string[] = [];
  for (const [kind, record] of Object.entries(owned) as [OwnedRecord, (typeof owned)[OwnedRecord]][]) {
    const id = await record.idOf();
    expect(id, kind).toBeTruthy();
    bIds.push(id);
    const endpoints = MEMBER_ENDPOINTS.filter((e) => e.owns === kind);
    expect(endpoints.length, kind).toBeGreaterThan(0);
    for (const e of endpoints) {
      const res = await call(a.context.request, e, { headers: SAME_ORIGIN, id });
      expect(res.status(), `${label(e)} with B's ${kind}`).toBe(404);
      expect(await res.text(), `${label(e)} with B's ${kind}`).not.toContain(b.email);
    }
    await record.intact(id);
  }

  // A's own "sign out all other devices" ends A's sessions only.
  expect((await a.context.request.post("/api/account/sessions", { data: { action: "revoke-others" }, ...sameOrigin })).status()).toBe(200);
  await owned.session.intact("");

  // Entitlements, sessions and roles of B are staff business: A is refused, B unchanged.
  const editor = await signedInContext(browser, "editor@meridian.example");
  const bId = await memberId(editor, b.email);
  await signOutAndClose(editor);
  for (const [path, data] of [
    ["entitlements", { action: "set-level", level: 4 }],
    ["sessions", { action: "revoke-all" }],
    ["role", { role: "admin" }],
  ] as const) {
    expect((await a.context.request.post(`/api/admin/members/${bId}/${path}`, { data, ...sameOrigin })).status(), path).toBe(403);
  }
  expect((await a.context.request.get(`/admin/members/${bId}`, { maxRedirects: 0 })).status()).toBe(403);
  await bPage.goto("/account");
  // B's access is what B's own Reader subscription gives, not the level 4 A tried to set.
  await expect(bPage.getByTestId("account-level")).toContainText("Level 1 “Reader” through your subscription");
  await expect(bPage.locator("li[data-session-id]")).toHaveCount(2);

  // A's own account page, invoices included, names nothing of B's; the portal opens only A's own customer.
  const aAccount = await (await a.context.request.get("/account")).text();
  for (const secret of [b.email, ...bIds]) expect(aAccount).not.toContain(secret);
  expect(aAccount).not.toContain("<table class=\"invoices\"");
  expect((await a.context.request.post("/api/billing/portal", sameOrigin)).status()).toBe(404);
  for (const c of [a.context, b.context, bOther]) await c.close();
});

test("an author cannot open, preview or save another author's draft by changing the id", async ({ browser }) => {
  const admin = await signedInContext(browser, "admin@meridian.example");
  const owner = await makeAuthor(browser, admin, "idor-author-owner");
  const intruder = await makeAuthor(browser, admin, "idor-author-intruder");
  await signOutAndClose(admin);
  const title = `Owner's draft ${Date.now().toString(36)}`;
  const created = await owner.context.request.post("/api/admin/articles", { data: { title, bodyMarkdown: "Only mine.\n\nStill mine." }, headers: SAME_ORIGIN });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };

  for (const intent of ["save", "submit"]) {
    for (const version of [1, 2]) {
      const res = await intruder.context.request.post(`/api/admin/articles/${id}`, { data: { title: "Hijacked", bodyMarkdown: "Not yours.", version, intent }, headers: SAME_ORIGIN });
      expect(res.status(), `${intent} v${version}`).toBe(403);
    }
  }
  expect((await intruder.context.request.get(`/admin/articles/${id}`, { maxRedirects: 0 })).status()).toBe(403);
  const preview = await intruder.context.request.get(`/admin/articles/${id}/preview?as=4`, { maxRedirects: 0 });
  expect(preview.status()).toBe(403);
  expect(await preview.text()).not.toContain("Only mine");
  // The intruder's own draft stays theirs, and the owner's is untouched.
  expect((await intruder.context.request.post("/api/admin/articles", { data: { title: "Intruder's own", bodyMarkdown: "Mine." }, headers: SAME_ORIGIN })).status()).toBe(201);
  const page = await owner.context.newPage();
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Only mine.\n\nStill mine.");
  for (const c of [owner.context, intruder.context]) await c.close();
});

const levelZeroPiece = gatedPieces.find((p) => p.access.kind === "level" && p.access.level === 0 && !p.access.ccaps?.length)!;

/** Whether a response for the level-0 piece carries any sentence of its gated part. */
async function readsGatedText(context: BrowserContext): Promise<boolean> {
  const text = normaliseText(await (await context.request.get(`/articles/${levelZeroPiece.slug}`)).text());
  return levelZeroPiece.gatedSentences.some((s) => text.includes(s));
}

test("the session cookie is HttpOnly and SameSite=Lax (not Secure over http), from password and e-mail code sign-ins alike", async ({ browser }) => {
  const byPassword = await signUpMember(browser, "cookie-pw");
  const email = uniqueEmail("cookie-code");
  const byCode = await newContext(browser);
  const page = await byCode.newPage();
  await signInWithCode(page, email, await requestSignInCode(byCode, page, email));
  for (const context of [byPassword.context, byCode]) {
    const cookie = (await context.cookies()).find((c) => c.name === "lede.session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    expect(await readsGatedText(context)).toBe(true);
    await context.close();
  }
});
