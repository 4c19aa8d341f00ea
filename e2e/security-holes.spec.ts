import http from "node:http";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BASE_URL, newContext, randomIp, signedInByEmailCode } from "./support/accounts";
import { createArticle, saveArticle, versionOf } from "./support/articles";

/*
 * The holes an attacker who had read the source found (issue 13), each as the attack was
 * made, on the production build: hostile Markdown that became a script, a render begun
 * before a save cached after it, sign-in links built from a client's Host, bodies read
 * whole, made-up addresses filling the disk, spoofed client addresses, TRACE, the loopback
 * header from outside.
 */
const SAME_ORIGIN = { origin: BASE_URL };
const OPEN = "An opening paragraph that anyone may read, before the break.";

/** Requests `url` until `stop` says so; each answer with the time its request was sent. */
async function hammer(request: APIRequestContext, url: string, stop: () => boolean) {
  const answers: { sentAt: number; body: string; status: number }[] = [];
  while (!stop()) {
    const sentAt = Date.now();
    const res = await request.get(url, { headers: { "x-forwarded-for": randomIp() } });
    answers.push({ sentAt, body: await res.text(), status: res.status() });
  }
  return answers;
}

test("a page rendered before a save is never served after the save has answered: restricting and unpublishing take effect at once", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  // By e-mail code: the demo staff accounts' password sign-ins are used up to their limit by other specs.
  const editor = await signedInByEmailCode(browser, "editor@meridian.example");
  const reader = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const change of [{ requirement: { level: "2", ccaps: [] } }, { intent: "unpublish" }, { requirement: { level: "1", ccaps: [] } }]) {
    const secret = `A closing sentence number ${Math.random().toString(36).slice(2)} that only the public may read until the save.`;
    const article = await createArticle(editor, `${OPEN}\n\n<!-- paywall -->\n\n${secret}`);
    const version = await versionOf(editor, article.id);
    const url = `/articles/${article.slug}`;
    expect(await (await reader.get(url)).text()).toContain(secret);
    let done = false;
    const readers = [url, url, `${url}?from=feed`, url].map((u) => hammer(reader, u, () => done));
    // Let the readers race the save: renders and kept pages are in flight when it lands.
    await new Promise((r) => setTimeout(r, 300));
    await saveArticle(editor, article, version, { intent: "publish", ...change });
    const savedAt = Date.now();
    await new Promise((r) => setTimeout(r, 1_500));
    done = true;
    const answers = (await Promise.all(readers)).flat();
    const late = answers.filter((a) => a.sentAt > savedAt);
    expect(late.length, JSON.stringify(change)).toBeGreaterThan(10);
    const stale = late.filter((a) => a.body.includes(secret));
    expect(stale.length, `${JSON.stringify(change)}: ${stale.length} of ${late.length} answers sent after the save still carried the old text`).toBe(0);
  }
  await Promise.all([editor.close(), reader.dispose()]);
});

test("e-mailed sign-in links carry the public origin, whatever Host or X-Forwarded-Host a request names", async ({ browser, playwright }) => {
  const email = "level1@meridian.example";
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  const res = await request.post("/api/session/email-link", {
    data: { email },
    headers: { ...SAME_ORIGIN, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-for": randomIp() },
  });
  expect(res.status()).toBe(200);
  // A Host of the attacker's with a matching Origin is a cross-origin request to this site.
  const poisoned = await request.post("/api/session/email-link", { data: { email }, headers: { origin: "http://evil.example", host: "evil.example", "x-forwarded-for": randomIp() } });
  expect(poisoned.status()).toBe(403);
  const page = await (await newContext(browser)).newPage();
  await page.goto("/dev/outbox");
  const message = (await page.locator(`li[data-to="${email}"]`).first().locator("pre").textContent()) ?? "";
  const links = message.match(/https?:\/\/[^\s"]+/g) ?? [];
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(new URL(link).origin, link).toBe(BASE_URL);
  await request.dispose();
});

/** Sends a chunked body (no Content-Length) of `bytes` to `path`; answers the status, or "reset". */
function postChunked(pathname: string, bytes: number, headers: Record<string, string> = SAME_ORIGIN): Promise<number | "reset"> {
  return new Promise((resolve) => {
    const url = new URL(pathname, BASE_URL);
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve("reset"));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test("every body is read within its limit, chunked ones too", async () => {
  // What follows a route's limit is dropped before its 413 (app/_lib/read-bounded-body), so a
  // client still sending gets the answer and its connection carries the next request.
  expect(await postChunked("/api/session/email-link", 4 * 1024 * 1024, { ...SAME_ORIGIN, "x-forwarded-for": randomIp() })).toBe(413);
  expect(await postChunked("/api/session/password", 4 * 1024 * 1024, { ...SAME_ORIGIN, "x-forwarded-for": randomIp() })).toBe(413);
  // The Next route of the webhook (reached with a query string) is bounded as the server's own path is.
  expect(await postChunked("/api/stripe/webhook?via=next", 4 * 1024 * 1024, { "stripe-signature": "t=1,v1=00" })).toBe(413);
  expect(await postChunked("/api/session/password", 4 * 1024 * 1024, { ...SAME_ORIGIN, "x-forwarded-for": randomIp() })).toBe(413);
  // A declared length past the server's limit is refused before anything reads it.
  const declared = await fetch(new URL("/api/session/email-link", BASE_URL), { method: "POST", headers: { "content-type": "application/json", "content-length": String(64 * 1024 * 1024), ...SAME_ORIGIN }, body: "{}" }).catch(() => null);
  expect(declared === null || declared.status === 413 || declared.status === 400).toBe(true);
});

function filesUnder(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    count += statSync(full).isDirectory() ? filesUnder(full) : 1;
  }
  return count;
}

test("made-up addresses are answered 404 and write nothing to disk", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  const before = filesUnder(path.join(process.cwd(), ".next"));
  for (let i = 0; i < 60; i++) {
    const word = `${Date.now().toString(36)}-${i}`;
    for (const url of [`/articles/made-up-${word}`, `/tags/made-up-${word}`, `/categories/made-up-${word}/page/3`, `/latest/page/9${i}0`]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  }
  expect(filesUnder(path.join(process.cwd(), ".next"))).toBe(before);
  await request.dispose();
});

test("the client address is the one a trusted proxy saw: entries a client writes into X-Forwarded-For are ignored", async ({ playwright }) => {
  // The suite runs with one trusted proxy (scripts/e2e.ts): only the last entry counts.
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  const client = randomIp();
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    const res = await request.post("/api/session/password", {
      data: { email: `nobody-${i}-${Date.now()}@readers.example`, password: "wrong-password-123" },
      headers: { ...SAME_ORIGIN, "x-forwarded-for": `${randomIp()}, ${randomIp()}, ${client}` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toContain(429);
  await request.dispose();
});

test("TRACE and made-up methods get 405; the loopback header from outside changes nothing; shared pages go stale for an hour at most", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const method of ["TRACE", "PROPFIND", "LINK"]) {
    const res = await request.fetch("/api/session/email-link", { method });
    expect(res.status(), method).toBe(405);
    expect(res.headers()["allow"], method).toContain("GET");
  }
  const spoofed = await request.get("/subscribe", { headers: { "x-lede-loopback": "1" } });
  expect(spoofed.headers()["content-security-policy"]).toContain("script-src");
  const article = await request.get("/latest");
  const swr = /stale-while-revalidate=(\d+)/.exec(article.headers()["cache-control"] ?? "")?.[1];
  expect(Number(swr)).toBeGreaterThan(0);
  expect(Number(swr)).toBeLessThanOrEqual(3600);
  await request.dispose();
});
