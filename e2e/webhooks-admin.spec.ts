import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifyWebhookSignature } from "../lib/webhooks/sign-webhook";
import { BASE_URL, newContext, requestSignInCode, signedInContext, signInWithCode, uniqueEmail } from "./support/accounts";

/*
 * An admin registers an endpoint (a receiver this test runs on 127.0.0.1, which the suite's
 * server may reach because scripts/e2e.ts sets LEDE_WEBHOOK_ALLOW_PRIVATE=1), publishes a
 * piece, sees the delivery in the endpoint's log, and redelivers it.
 */
let receiver: Server;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("received by the e2e receiver");
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
});
test.afterAll(() => {
  receiver.closeAllConnections();
  receiver.close();
});

test("an admin registers an endpoint, publishes a piece, sees the signed delivery in the log and redelivers it", async ({ browser }) => {
  const port = (receiver.address() as AddressInfo).port;
  const path = `/hook-${Date.now().toString(36)}`;
  const admin = await signedInContext(browser, "admin@meridian.example");
  const page = await admin.newPage();

  await page.goto("/admin/webhooks");
  const form = page.getByRole("form", { name: "Add an endpoint" });
  await form.getByLabel("Endpoint URL").fill(`http://127.0.0.1:${port}${path}`);
  await form.getByLabel("Description").fill("e2e receiver");
  await form.getByRole("checkbox", { name: "article.published" }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())!;
  expect(secret).toMatch(/^whsec_/);
  await expect(page.locator("table")).toContainText(`http://127.0.0.1:${port}${path}`);
  await page.getByRole("link", { name: "Open the endpoint and its delivery log" }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks\/\d+$/);
  const endpointUrl = page.url();
  // The secret is not in the page until an admin asks for it.
  expect(await page.content()).not.toContain(secret);
  await page.getByRole("button", { name: "Reveal secret" }).click();
  await expect(page.getByTestId("webhook-secret")).toHaveText(secret);

  const title = `Hooked piece ${Date.now().toString(36)}`;
  await page.goto("/admin/articles/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Body (Markdown)").fill("A sentence everybody may read.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);

  const mine = () => received.filter((r) => r.body.includes(title));
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(1);
  const [first] = mine();
  expect(first!.headers["lede-event"]).toBe("article.published");
  expect(verifyWebhookSignature({ header: String(first!.headers["lede-signature"]), body: first!.body, secret })).toBe(true);
  const event = JSON.parse(first!.body) as { id: string; type: string; data: { title: string; url: string } };
  expect(event).toMatchObject({ type: "article.published", data: { title } });

  await page.goto(endpointUrl);
  const log = page.getByRole("table", { name: "Deliveries" });
  const row = log.locator("tbody tr", { hasText: event.id });
  await expect(row).toContainText("succeeded");
  await expect(row).toContainText("200");
  await expect(row).toContainText("received by the e2e receiver");
  await row.getByRole("button", { name: "Redeliver" }).click();
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(2);
  const second = mine()[1]!;
  expect(JSON.parse(second.body).id).toBe(event.id);
  expect(verifyWebhookSignature({ header: String(second.headers["lede-signature"]), body: second.body, secret })).toBe(true);
  await expect(async () => {
    await page.goto(endpointUrl);
    await expect(log.locator("tbody tr", { hasText: "redelivery of" })).toContainText("succeeded");
  }).toPass({ timeout: 15_000 });

  // A URL on a private network is refused with a message by the form; here the suite allows it,
  // so the refusal shown is the one every deployment has: a URL that is not http(s).
  await page.goto("/admin/webhooks");
  await form.getByLabel("Endpoint URL").fill("ftp://127.0.0.1/hook");
  await form.getByRole("checkbox", { name: "member.created" }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.locator(".field-error")).toContainText("https://");

  // Removed with its log, so the suite's later sign-ups and pieces are not queued for a receiver that is gone.
  await page.goto(endpointUrl);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove this endpoint" }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  await expect(page.locator("table")).not.toContainText(path);
  await admin.close();
});

test("a reader who signs up by e-mail code is announced as member.created, signed", async ({ browser }) => {
  const port = (receiver.address() as AddressInfo).port;
  const admin = await signedInContext(browser, "admin@meridian.example");
  const res = await admin.request.post("/api/admin/webhooks", { headers: { origin: BASE_URL }, data: { url: `http://127.0.0.1:${port}/members`, events: ["member.created"], enabled: "on" } });
  expect(res.status()).toBe(200);
  const { id, secret } = (await res.json()) as { id: number; secret: string };

  const reader = await newContext(browser);
  const page = await reader.newPage();
  const email = uniqueEmail("hooked");
  await signInWithCode(page, email, await requestSignInCode(reader, page, email));
  const mine = () => received.filter((r) => r.body.includes(email));
  await expect.poll(() => mine().length, { timeout: 20_000 }).toBe(1);
  const [delivery] = mine();
  expect(JSON.parse(delivery!.body)).toMatchObject({ type: "member.created", data: { email, source: "sign-in" } });
  expect(verifyWebhookSignature({ header: String(delivery!.headers["lede-signature"]), body: delivery!.body, secret })).toBe(true);
  await reader.close();
  expect((await admin.request.post(`/api/admin/webhooks/${id}/delete`, { headers: { origin: BASE_URL } })).status()).toBe(200);
  await admin.close();
});
