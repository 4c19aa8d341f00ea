import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Role } from "../lib/access/types";
import { ADMIN_ENDPOINTS, expectedAccess } from "../lib/admin/admin-endpoints";
import { can } from "../lib/admin/permissions";
import { BASE_URL, randomIp, signedInContext } from "./support/accounts";

/*
 * The authorization matrix: every /admin page and /api/admin handler (the registry, which a
 * unit test keeps in step with the files on disk) × anonymous, reader, author, editor,
 * admin. Denied: anonymous pages redirect to sign-in, anonymous APIs answer 401, signed-in
 * roles 403. Allowed: anything but those (an empty body is a 400, an unknown id a 404).
 */
const ACCOUNTS: { role: Role; email: string }[] = [
  { role: "reader", email: "level0@meridian.example" },
  { role: "author", email: "author@meridian.example" },
  { role: "editor", email: "editor@meridian.example" },
  { role: "admin", email: "admin@meridian.example" },
];

async function call(request: APIRequestContext, method: "GET" | "POST", url: string) {
  return method === "GET" ? request.get(url, { maxRedirects: 0 }) : request.post(url, { data: {}, headers: { origin: BASE_URL }, maxRedirects: 0 });
}

test("anonymous visitors are sent to sign in (pages) or refused with 401 (APIs)", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  for (const e of ADMIN_ENDPOINTS) {
    const res = await call(request, e.method, e.url);
    if (e.file.endsWith("page.tsx")) {
      expect(res.status(), `${e.method} ${e.url}`).toBe(307);
      expect(res.headers()["location"], e.url).toContain("/signin?callbackUrl=");
    } else {
      expect(res.status(), `${e.method} ${e.url}`).toBe(401);
    }
  }
  await request.dispose();
});

for (const account of ACCOUNTS) {
  test(`the matrix holds for a ${account.role}`, async ({ browser }) => {
    const context = await signedInContext(browser, account.email);
    const failures: string[] = [];
    for (const e of ADMIN_ENDPOINTS) {
      const res = await call(context.request, e.method, e.url);
      const status = res.status();
      const expected = expectedAccess(e, account.role, can);
      const denied = status === 403 || status === 401 || (status >= 300 && status < 400 && (res.headers()["location"] ?? "").includes("/signin"));
      if (expected === "deny" && status !== 403) failures.push(`${e.method} ${e.url}: expected 403, got ${status}`);
      if (expected === "allow" && (denied || status >= 500)) failures.push(`${e.method} ${e.url}: expected allowed, got ${status}`);
      if (e.file.endsWith("page.tsx") && status === 200) expect(res.headers()["cache-control"], e.url).toContain("no-store");
    }
    expect(failures).toEqual([]);
    await context.close();
  });
}
