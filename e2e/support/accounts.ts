import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../scripts/seed/seed-demo-accounts";

export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** Each context looks like its own client address, so per-IP rate limits stay per test. */
export function randomIp(): string {
  const n = () => Math.floor(Math.random() * 250) + 1;
  return `10.${n()}.${n()}.${n()}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@readers.example`;
}

export async function newContext(browser: Browser, options: { userAgent?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() }, userAgent: options.userAgent });
}

/** Signs a context in with e-mail and password through the same route the sign-in form uses. */
export async function signIn(context: { request: APIRequestContext }, email: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await context.request.post("/api/session/password", { data: { email, password }, headers: { origin: BASE_URL } });
  expect(res.status(), `sign-in of ${email}`).toBe(200);
}

/*
 * Demo accounts' sessions are signed in once per worker and reused while they last: dozens of
 * specs act as the demo editor, admin or level-1 reader, and password sign-ins are limited per
 * address (10 in 15 minutes, as in production). A spec that signs one out makes the next one
 * sign in again; a spec that needs a session of its own calls signIn.
 */
const DEMO_EMAILS = new Set(DEMO_ACCOUNTS.map((a) => a.email));
const keptDemoSessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

async function reuseDemoSession(browser: Browser, email: string): Promise<BrowserContext | null> {
  const kept = keptDemoSessions.get(email);
  if (!kept) return null;
  const context = await browser.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() }, storageState: kept });
  const res = await context.request.get("/api/account/header");
  if (res.ok() && ((await res.json()) as { signedIn?: boolean }).signedIn) return context;
  await context.close();
  keptDemoSessions.delete(email);
  return null;
}

export async function signedInContext(browser: Browser, email: string, options: { userAgent?: string } = {}): Promise<BrowserContext> {
  const isDemo = DEMO_EMAILS.has(email) && !options.userAgent;
  const reused = isDemo ? await reuseDemoSession(browser, email) : null;
  if (reused) return reused;
  const context = await newContext(browser, options);
  await signIn(context, email);
  if (isDemo) keptDemoSessions.set(email, await context.storageState());
  return context;
}

/** The newest message in the development outbox for `email`, as plain text. */
export async function latestEmailTo(page: Page, email: string): Promise<string> {
  let text = "";
  await expect(async () => {
    await page.goto("/dev/outbox");
    const item = page.locator(`li[data-to="${email.toLowerCase()}"]`).first();
    text = (await item.locator("pre").textContent()) ?? "";
    expect(text).toContain("sign in");
  }).toPass({ timeout: 10_000 });
  return text;
}

/** Asks for a sign-in e-mail as the sign-in form does, and returns the code it carries. */
export async function requestSignInCode(context: BrowserContext, page: Page, email: string): Promise<string> {
  const res = await context.request.post("/api/session/email-link", { data: { email }, headers: { origin: BASE_URL } });
  expect(res.status(), `sign-in e-mail to ${email}`).toBe(200);
  return (await latestEmailTo(page, email)).match(/code on the sign-in page: (\S+)/)![1]!;
}

/** Types a sign-in code on the "Check your e-mail" page, as a reader would, and lands on /account. */
export async function signInWithCode(page: Page, email: string, code: string): Promise<void> {
  await page.goto(`/signin/check-email?email=${encodeURIComponent(email)}&callbackUrl=/account`);
  await page.getByLabel("Code").fill(code);
  await page.getByRole("button", { name: "Sign in with the code" }).click();
  await expect(page.getByTestId("account-email")).toHaveText(email);
}

export const demoAccount = (email: string) => {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
};

export const readerAccounts = DEMO_ACCOUNTS.filter((a) => a.role === "reader");

/**
 * A context signed in by an e-mail code, as a reader would: for specs that run after many
 * password sign-ins of the same demo account (each way of signing in has its own limit).
 */
export async function signedInByEmailCode(browser: Browser, email: string): Promise<BrowserContext> {
  // A demo account's session kept by this worker serves as well (e-mailed codes are limited per address too).
  const reused = DEMO_EMAILS.has(email) ? await reuseDemoSession(browser, email) : null;
  if (reused) return reused;
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInWithCode(page, email, await requestSignInCode(context, page, email));
  await page.close();
  if (DEMO_EMAILS.has(email)) keptDemoSessions.set(email, await context.storageState());
  return context;
}

/**
 * Signs an API context in by an e-mail code, as the "Check your e-mail" form does (the code
 * read from the development outbox): for API-only specs that run after the demo staff
 * accounts' password sign-ins have reached their per-address limit.
 */
export async function signInByEmailCode(context: { request: APIRequestContext }, email: string): Promise<void> {
  const asked = await context.request.post("/api/session/email-link", { data: { email }, headers: { origin: BASE_URL } });
  expect(asked.status(), `sign-in e-mail to ${email}`).toBe(200);
  let code = "";
  await expect(async () => {
    const outbox = await (await context.request.get("/dev/outbox")).text();
    const item = outbox.split(`data-to="${email.toLowerCase()}"`)[1] ?? "";
    code = /code on the sign-in page: ([A-Z0-9-]+)/.exec(item)?.[1] ?? "";
    expect(code).not.toBe("");
  }).toPass({ timeout: 10_000 });
  const query = new URLSearchParams({ email, token: code, callbackUrl: "/account" });
  const res = await context.request.get(`/api/auth/callback/email?${query}`, { headers: { origin: BASE_URL, referer: `${BASE_URL}/signin/check-email` }, maxRedirects: 0 });
  expect(res.status(), `code sign-in of ${email}: ${await res.text()}`).toBeLessThan(400);
  const account = await context.request.get("/account", { maxRedirects: 0 });
  expect(account.status(), `${email} is signed in`).toBe(200);
}
