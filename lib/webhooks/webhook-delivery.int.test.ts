import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connect, type Database } from "@/db/client";
import { users, webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";
import { pruneWebhookLog } from "./prune-webhook-log";
import { redeliverWebhook } from "./redeliver-webhook";
import { saveWebhookEndpoint } from "./save-webhook-endpoint";
import { verifyWebhookSignature } from "./sign-webhook";

/* Delivery against a real HTTP server on this machine (hence allowPrivate, as LEDE_WEBHOOK_ALLOW_PRIVATE=1 does). */

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let db: Database;
let drop: () => Promise<void>;
let server: Server;
let port: number;
let received: Received[];
/** What the receiver does with the next requests: a status, or "hang" (never answers). */
let answer: number | "hang";
let answerDelayMs: number;
/** Replaces the receiver's default answer text when set. */
let answerBody: string | null;
let adminId: string;
let secret: string;
let endpointId: number;

// Every test event is due at t0 (deliverAfter); the tests move the worker's clock on from there.
const t0 = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => () => new Date(t0.getTime() + ms);
const MIN = 60_000;
const options = (now: () => Date, extra: Partial<Parameters<typeof deliverDueWebhooks>[1]> = {}) => ({ timeoutMs: 2_000, allowPrivate: true, now, ...extra });

async function deliveryOf(eventId: number) {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, eventId));
  return row!;
}
const attemptsOf = (deliveryId: number) => db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId)).orderBy(asc(webhookAttempts.id));
const enqueue = (data: Record<string, unknown> = { articleId: 1 }) => db.transaction(async (t) => (await enqueueWebhookEvent(t as unknown as Database, { type: "article.published", data, deliverAfter: t0 }))!);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  const [admin] = await db.insert(users).values({ email: "admin-hooks@example.org", role: "admin" }).returning({ id: users.id });
  adminId = admin!.id;
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      if (answer === "hang") return;
      setTimeout(() => res.writeHead(answer as number, { "content-type": "text/plain" }).end(answerBody ?? (answer === 200 ? "thanks" : "receiver broke: ".padEnd(3000, "x"))), answerDelayMs);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await drop();
});
beforeEach(async () => {
  received = [];
  answer = 200;
  answerDelayMs = 0;
  answerBody = null;
  // Each test has its own endpoint and nothing else pending.
  await db.delete(webhookEndpoints);
  const saved = await saveWebhookEndpoint(db, { actorId: adminId, input: { url: `http://127.0.0.1:${port}/hook`, events: ["article.published", "member.created"], enabled: "on" }, allowPrivate: true });
  endpointId = saved.id;
  secret = saved.secret!;
});

describe("delivery", () => {
  it("posts the signed JSON body to the receiver and logs the attempt", async () => {
    const eventId = await enqueue({ articleId: 42, slug: "a-piece" });
    expect(await deliverDueWebhooks(db, options(at(0)))).toEqual({ claimed: 1, succeeded: 1 });
    expect(received).toHaveLength(1);
    const [req] = received;
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.headers["lede-event"]).toBe("article.published");
    expect(JSON.parse(req!.body)).toMatchObject({ id: `evt_${eventId}`, type: "article.published", data: { articleId: 42, slug: "a-piece" } });
    expect(verifyWebhookSignature({ header: String(req!.headers["lede-signature"]), body: req!.body, secret, now: t0 })).toBe(true);
    expect(verifyWebhookSignature({ header: String(req!.headers["lede-signature"]), body: req!.body, secret: "whsec_wrong", now: t0 })).toBe(false);
    const delivery = await deliveryOf(eventId);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200, lockedUntil: null });
    const [attempt] = await attemptsOf(delivery.id);
    expect(attempt).toMatchObject({ statusCode: 200, responseExcerpt: "thanks", error: null });
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(0);
    // Done: nothing is sent twice.
    expect(await deliverDueWebhooks(db, options(at(60 * MIN)))).toEqual({ claimed: 0, succeeded: 0 });
  });

  it("retries a 500 with exponential backoff, keeps an excerpt, and succeeds when the receiver recovers", async () => {
    answer = 500;
    const eventId = await enqueue();
    await deliverDueWebhooks(db, options(at(0)));
    let d = await deliveryOf(eventId);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(d.nextAttemptAt.getTime() - t0.getTime()).toBe(1 * MIN);
    // Not due yet: nothing sent.
    expect((await deliverDueWebhooks(db, options(at(59_000)))).claimed).toBe(0);
    await deliverDueWebhooks(db, options(at(1 * MIN)));
    d = await deliveryOf(eventId);
    expect(d.attempts).toBe(2);
    expect(d.nextAttemptAt.getTime() - t0.getTime()).toBe(1 * MIN + 2 * MIN);
    await deliverDueWebhooks(db, options(at(3 * MIN)));
    d = await deliveryOf(eventId);
    expect(d.nextAttemptAt.getTime() - t0.getTime()).toBe(3 * MIN + 4 * MIN);
    answer = 200;
    await deliverDueWebhooks(db, options(at(7 * MIN)));
    expect(await deliveryOf(eventId)).toMatchObject({ status: "succeeded", attempts: 4 });
    const log = await attemptsOf(d.id);
    expect(log.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(log[0]!.responseExcerpt).toMatch(/^receiver broke/);
    expect(log[0]!.responseExcerpt.length).toBe(1024);
    expect(received).toHaveLength(4);
    // Every attempt carries the same event id, each with a fresh valid signature.
    expect(new Set(received.map((r) => JSON.parse(r.body).id)).size).toBe(1);
  });

  it("gives up after about a day of failures", async () => {
    answer = 503;
    const eventId = await enqueue();
    let elapsed = 0;
    for (let n = 0; n < 20; n++) {
      const d = await deliveryOf(eventId);
      if (d.status !== "pending") break;
      elapsed = d.nextAttemptAt.getTime() - t0.getTime();
      await deliverDueWebhooks(db, options(at(elapsed)));
    }
    const d = await deliveryOf(eventId);
    expect(d).toMatchObject({ status: "failed", attempts: 11, lastStatusCode: 503 });
    expect(elapsed).toBeLessThan(24 * 60 * MIN);
    expect(received).toHaveLength(11);
  });

  it("a receiver that does not answer in time is a failed attempt, retried later", async () => {
    answer = "hang";
    const eventId = await enqueue();
    const started = Date.now();
    await deliverDueWebhooks(db, options(at(0), { timeoutMs: 500 }));
    expect(Date.now() - started).toBeLessThan(5_000);
    const d = await deliveryOf(eventId);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(d.lastError).toMatch(/timed out after 500 ms/);
    const [attempt] = await attemptsOf(d.id);
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(450);
    answer = 200;
    await deliverDueWebhooks(db, options(at(MIN)));
    expect((await deliveryOf(eventId)).status).toBe("succeeded");
  });

  it("a disabled endpoint's deliveries wait, and go out when it is enabled again", async () => {
    const eventId = await enqueue();
    await saveWebhookEndpoint(db, { actorId: adminId, id: endpointId, input: { url: `http://127.0.0.1:${port}/hook`, events: ["article.published"] }, allowPrivate: true });
    expect((await deliverDueWebhooks(db, options(at(0)))).claimed).toBe(0);
    await saveWebhookEndpoint(db, { actorId: adminId, id: endpointId, input: { url: `http://127.0.0.1:${port}/hook`, events: ["article.published"], enabled: "on" }, allowPrivate: true });
    await deliverDueWebhooks(db, options(at(0)));
    expect((await deliveryOf(eventId)).status).toBe("succeeded");
  });

  it("redeliver sends the same event again as a new delivery with its own log", async () => {
    const eventId = await enqueue();
    await deliverDueWebhooks(db, options(at(0)));
    const first = await deliveryOf(eventId);
    const { id } = await redeliverWebhook(db, { endpointId, input: { deliveryId: String(first.id) } });
    // Rows earlier tests left due (retries at their fake times) go first, a round at a time.
    for (let round = 0; round < 10 && (await deliverDueWebhooks(db, options(() => new Date()))).claimed > 0; round++) {
      const [row] = await db.select({ status: webhookDeliveries.status }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      if (row?.status !== "pending") break;
    }
    const [again] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    expect(again).toMatchObject({ status: "succeeded", eventId, redeliveryOf: first.id, attempts: 1 });
    expect(received.map((r) => JSON.parse(r.body).id)).toEqual([`evt_${eventId}`, `evt_${eventId}`]);
    await expect(redeliverWebhook(db, { endpointId: endpointId + 1000, input: { deliveryId: String(first.id) } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(redeliverWebhook(db, { endpointId, input: { deliveryId: "x" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("the log", () => {
  it("keeps an answer PostgreSQL cannot store as text (NUL bytes) as its excerpt without them", async () => {
    answerBody = "ok\u0000done";
    const eventId = await enqueue();
    await deliverDueWebhooks(db, options(at(0)));
    const d = await deliveryOf(eventId);
    expect(d.status).toBe("succeeded");
    expect((await attemptsOf(d.id))[0]!.responseExcerpt).toBe("okdone");
  });

  it("old events go with their deliveries and attempts, unless a delivery still waits", async () => {
    answer = 500;
    const done = await enqueue();
    const waiting = await enqueue();
    await deliverDueWebhooks(db, options(at(0)));
    await db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.eventId, done));
    const old = new Date(t0.getTime() - 40 * 24 * 60 * MIN);
    await db.update(webhookEvents).set({ createdAt: old }).where(inArray(webhookEvents.id, [done, waiting]));
    const doneDelivery = await deliveryOf(done);
    expect(await pruneWebhookLog(db, { before: new Date(t0.getTime() - 30 * 24 * 60 * MIN) })).toBe(1);
    expect(await db.select().from(webhookEvents).where(inArray(webhookEvents.id, [done, waiting]))).toHaveLength(1);
    expect(await attemptsOf(doneDelivery.id)).toEqual([]);
    expect((await deliveryOf(waiting)).status).toBe("pending");
  });
});

describe("restarts and several workers", () => {
  /** A second connection to the same database: another process's worker (PGlite has one connection: the same). */
  async function otherWorker(): Promise<{ db: Database; close: () => Promise<void> }> {
    const url = process.env.DATABASE_URL;
    if (!url) return { db, close: async () => {} };
    // postgres-js answers a list of rows.
    const [current] = (await db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
    const target = new URL(url);
    target.pathname = `/${current!.name}`;
    const opened = await connect({ url: target.toString() });
    return { db: opened.db, close: opened.close };
  }

  it("deliveries written before a restart are sent by the next worker, and a crashed worker's claim runs out", async () => {
    const waiting = await enqueue({ n: 1 });
    const inFlight = await enqueue({ n: 2 });
    // A worker claimed this one and died mid-request: its lease is still running.
    await db.update(webhookDeliveries).set({ lockedUntil: new Date(t0.getTime() + 2 * MIN) }).where(eq(webhookDeliveries.eventId, inFlight));
    const next = await otherWorker();
    try {
      expect(await deliverDueWebhooks(next.db, options(at(0)))).toEqual({ claimed: 1, succeeded: 1 });
      expect((await deliveryOf(waiting)).status).toBe("succeeded");
      expect((await deliveryOf(inFlight)).status).toBe("pending");
      expect(await deliverDueWebhooks(next.db, options(at(2 * MIN)))).toEqual({ claimed: 1, succeeded: 1 });
      expect((await deliveryOf(inFlight)).status).toBe("succeeded");
    } finally {
      await next.close();
    }
  });

  it("two workers racing send each delivery exactly once", async () => {
    answerDelayMs = 50;
    const ids: number[] = [];
    for (let n = 0; n < 12; n++) ids.push(await enqueue({ n }));
    const other = await otherWorker();
    try {
      const rounds = await Promise.all([deliverDueWebhooks(db, options(at(0), { limit: 12 })), deliverDueWebhooks(other.db, options(at(0), { limit: 12 })), deliverDueWebhooks(other.db, options(at(0), { limit: 12 }))]);
      expect(rounds.reduce((sum, r) => sum + r.claimed, 0)).toBe(12);
    } finally {
      await other.close();
    }
    const sent = received.map((r) => JSON.parse(r.body).id as string).sort();
    expect(sent).toEqual(ids.map((id) => `evt_${id}`).sort());
    for (const id of ids) expect(await deliveryOf(id)).toMatchObject({ status: "succeeded", attempts: 1 });
  });
});

describe("the address guard (SSRF)", () => {
  it("refuses private and plain-http endpoints unless allowed", async () => {
    for (const url of [`http://127.0.0.1:${port}/hook`, `https://127.0.0.1:${port}/hook`, "https://localhost/hook", "https://169.254.169.254/latest", "https://[::1]/hook", "https://10.0.0.8/hook"]) {
      await expect(saveWebhookEndpoint(db, { actorId: adminId, input: { url, events: ["member.created"], enabled: "on" }, allowPrivate: false }), url).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { url: expect.any(String) } });
    }
    await expect(saveWebhookEndpoint(db, { actorId: adminId, input: { url: "https://93.184.216.34/hook", events: [], enabled: "on" }, allowPrivate: false })).rejects.toMatchObject({ fieldErrors: { events: "Choose at least one event." } });
  });

  it("refuses at delivery time too: a saved URL that now points at a private address is never contacted", async () => {
    // As if LEDE_WEBHOOK_ALLOW_PRIVATE had been turned off, or the name now resolves inside.
    await db.update(webhookEndpoints).set({ url: `http://localhost:${port}/hook` }).where(eq(webhookEndpoints.id, endpointId));
    const byName = await enqueue();
    await deliverDueWebhooks(db, options(at(0), { allowPrivate: false }));
    expect((await deliveryOf(byName)).lastError).toMatch(/refused: localhost resolves to a private address/);
    await db.update(webhookEndpoints).set({ url: `http://127.0.0.1:${port}/hook` }).where(eq(webhookEndpoints.id, endpointId));
    const byAddress = await enqueue();
    await deliverDueWebhooks(db, options(at(0), { allowPrivate: false }));
    expect((await deliveryOf(byAddress)).lastError).toMatch(/refused: 127.0.0.1 is a private address/);
    expect(received).toEqual([]);
  });
});
