import http from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { NextInstance } from "../e2e/support/next-instance";
import type { ScratchDatabase } from "../e2e/support/scratch-database";
import { freePort } from "../scripts/free-port";
import { demoArticles } from "../scripts/seed/seed";
import { get, serverEnv, signIn, sleep, startLede, startSeededCluster, WEBHOOK_SECRET } from "./support/lede";
import type { PostgresCluster } from "./support/postgres-cluster";
import { startRetryingProxy, type RetryingProxy } from "./support/retrying-proxy";

/*
 * A rolling restart: two instances behind a load balancer (faults/support/retrying-proxy),
 * each in turn stopped with SIGTERM and started again while clients keep reading. "Loses no
 * request" means: every request a client sent got its complete answer. The balancer sends a
 * request to the other instance only when the connection was refused (the request never
 * reached the stopping one), or, for a GET, reset before any answer (a connection still in
 * the kernel's accept queue when the listening socket closed, as nginx retries it); a
 * request an instance accepted it must finish.
 */
let cluster: PostgresCluster;
let database: ScratchDatabase;
let env: NodeJS.ProcessEnv;
const ports: number[] = [];
const instances: NextInstance[] = [];
let proxy: RetryingProxy;

const gated = demoArticles.find((a) => a.access.kind !== "public" && a.access.level === 1)!;
const paths = ["/", "/latest", `/articles/${demoArticles[3]!.slug}`, `/articles/${gated.slug}`, "/search?q=europe"];

beforeAll(async () => {
  ({ cluster, database } = await startSeededCluster());
  env = serverEnv(database.url);
  ports.push(await freePort(), await freePort());
  instances.push(...(await Promise.all(ports.map((p) => startLede(env, p)))));
  proxy = await startRetryingProxy(() => ports.map((p) => `http://127.0.0.1:${p}`));
});

afterAll(async () => {
  await proxy?.stop();
  await Promise.all(instances.map((i) => i.stop()));
  cluster?.destroy();
});

/** A Stripe delivery whose body arrives slowly: in flight when the instance is told to stop. */
function slowWebhook(port: number, spreadMs: number): Promise<number> {
  const payload = JSON.stringify({ id: `evt_slow_${port}_${Date.now()}`, object: "event", type: "customer.created", created: Math.floor(Date.now() / 1000), data: { object: {} } });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/api/stripe/webhook", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "stripe-signature": signature } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    const parts = 5;
    const size = Math.ceil(payload.length / parts);
    for (let i = 0; i < parts; i++) setTimeout(() => (i === parts - 1 ? request.end(payload.slice(i * size)) : request.write(payload.slice(i * size, (i + 1) * size))), (i * spreadMs) / parts);
  });
}

it("SIGTERM finishes what is in flight and exits; a rolling restart of two instances loses no request", async () => {
  const member = await signIn(instances[0]!.url, "level1@meridian.example");
  let running = true;
  let sent = 0;
  const lost: string[] = [];
  const client = async (n: number) => {
    for (let i = n; running; i++) {
      const path = paths[i % paths.length]!;
      const answer = await get(proxy.url + path, i % 2 ? member : undefined).catch((e: unknown) => ({ status: 0, text: String(e) }));
      sent++;
      if (answer.status !== 200) lost.push(`${path}: ${answer.status} ${answer.text.slice(0, 80)}`);
    }
  };
  const clients = Array.from({ length: 6 }, (_, n) => client(n));
  await sleep(2_000);

  const shutdowns: { exitCode: number | null; ms: number; inFlight: number }[] = [];
  for (const index of [0, 1]) {
    const instance = instances[index]!;
    const inFlight = slowWebhook(ports[index]!, 1_500);
    await sleep(300);
    const signalled = Date.now();
    const exited = new Promise<number | null>((resolve) => instance.process.once("exit", (code) => resolve(code)));
    instance.process.kill("SIGTERM");
    const exitCode = await exited;
    shutdowns.push({ exitCode, ms: Date.now() - signalled, inFlight: await inFlight });
    expect(instance.log()).toContain("SIGTERM: finishing requests in flight");
    expect(instance.log()).not.toContain("stopping anyway");
    instances[index] = await startLede(env, ports[index]);
    await sleep(2_000);
  }
  running = false;
  await Promise.all(clients);

  for (const s of shutdowns) {
    expect(s.inFlight, "the request in flight when SIGTERM came was answered").toBe(200);
    expect(s.exitCode).toBe(0);
    expect(s.ms, "stopped within the grace period, pool closed").toBeLessThan(10_000);
  }
  expect(lost, `${sent} requests during the rolling restart`).toEqual([]);
  expect(proxy.unanswered).toBe(0);
  expect(sent).toBeGreaterThan(100);
  console.log(`graceful-shutdown: ${sent} requests, none lost (${proxy.retried} refused connections and ${proxy.resets} reset ones sent to the other instance); stops took ${shutdowns.map((s) => s.ms).join(" and ")} ms`);
});
