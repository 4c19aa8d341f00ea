import { expect, type Browser, type BrowserContext } from "@playwright/test";
import { BASE_URL, newContext, requestSignInCode, signIn, signInWithCode, uniqueEmail } from "./accounts";

export interface FreshMember {
  context: BrowserContext;
  email: string;
  password: string;
}

/** A new free account of its own (unique e-mail), signed in in a new context. */
export async function signUpMember(browser: Browser, prefix: string): Promise<FreshMember> {
  const context = await newContext(browser);
  const email = uniqueEmail(prefix);
  const password = `${prefix}-password-123`;
  const res = await context.request.post("/api/session/signup", { data: { name: prefix, email, password }, headers: { origin: BASE_URL } });
  expect(res.status(), `sign-up of ${email}`).toBe(201);
  return { context, email, password };
}

/** Another device of the same member: a second context with its own session. */
export async function secondDevice(browser: Browser, member: FreshMember): Promise<BrowserContext> {
  const context = await newContext(browser);
  await signIn(context, member.email, member.password);
  return context;
}

/** The member's id, as an editor finds it on the members page. */
export async function memberId(staff: BrowserContext, email: string): Promise<string> {
  const html = await (await staff.request.get(`/admin/members?q=${encodeURIComponent(email)}`)).text();
  const id = html.match(/href="\/admin\/members\/([0-9a-f-]{36})"/)?.[1];
  expect(id, `member id of ${email}`).toBeTruthy();
  return id!;
}

/**
 * A new member made an author by an admin, with an author profile linked to the account.
 * A staff role goes only to a proved address, so the member first signs in by e-mail code
 * (which also drops the sign-up password: the context keeps the code's session).
 */
export async function makeAuthor(browser: Browser, admin: BrowserContext, prefix: string): Promise<FreshMember> {
  const member = await signUpMember(browser, prefix);
  const page = await member.context.newPage();
  await signInWithCode(page, member.email, await requestSignInCode(member.context, page, member.email));
  await page.close();
  const post = (url: string, data: unknown) => admin.request.post(url, { data, headers: { origin: BASE_URL } });
  expect((await post("/api/admin/staff", { email: member.email, role: "author" })).status()).toBe(200);
  const name = `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
  expect((await post("/api/admin/authors", { name, userEmail: member.email })).status()).toBe(201);
  return member;
}

/** Ends a context's session on the server, so shared demo accounts do not pile up sessions. */
export async function signOutAndClose(context: BrowserContext): Promise<void> {
  await context.request.post("/api/session/signout", { headers: { origin: BASE_URL } });
  await context.close();
}
