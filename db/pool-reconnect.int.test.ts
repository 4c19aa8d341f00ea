import net from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, poolReconnectDelaySeconds, type Opened } from "./client";
import { LOCAL_POSTGRES_URL } from "./test-database";

/*
 * The pool's reconnection after an outage, through a TCP relay in front of the real
 * PostgreSQL that can refuse connections like a stopped server. With postgres-js's default
 * backoff the failures of a few seconds' outage pushed the first new connection 10 s or
 * more past the database's return.
 */
const target = new URL(process.env.DATABASE_URL ?? LOCAL_POSTGRES_URL);

interface Relay {
  url: string;
  down: () => Promise<void>;
  up: () => Promise<void>;
  close: () => Promise<void>;
}

async function startRelay(): Promise<Relay> {
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of open) socket.destroy();
    });
  return { url: url.toString(), down: stop, up: () => listen(port), close: stop };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let relay: Relay;
let pool: Opened;

beforeAll(async () => {
  relay = await startRelay();
  // A small pool: each of its connections sees many of the outage's failures, as a busy server's does.
  process.env.DATABASE_POOL_SIZE = "3";
  pool = await connect({ url: relay.url });
  delete process.env.DATABASE_POOL_SIZE;
});

afterAll(async () => {
  // A query still waiting on a reconnection would hold `end()` open: give it a moment, no more.
  await Promise.race([pool?.close().catch(() => {}), sleep(2_000)]);
  await relay?.close();
});

it("waits at most half a second between attempts, whatever the failures", () => {
  for (const failures of [0, 1, 5, 10, 50]) expect(poolReconnectDelaySeconds(failures)).toBeLessThanOrEqual(0.5);
  expect(poolReconnectDelaySeconds(1)).toBeGreaterThan(0);
});

it("the pool answers within a second and a half of the database's return after a refused outage", async () => {
  await pool.db.execute("select 1");
  await relay.down();
  // Requests keep arriving through a 5 s outage and fail: each refused connection counts.
  let failed = 0;
  const outageEnds = Date.now() + 5_000;
  const keepAsking = async () => {
    while (Date.now() < outageEnds) await pool.db.execute("select 1").then(() => {}, () => failed++);
  };
  await Promise.all(Array.from({ length: 10 }, keepAsking));
  expect(failed, "queries during the outage were refused").toBeGreaterThan(5);

  await relay.up();
  const backAt = Date.now();
  let answered = false;
  while (!answered && Date.now() - backAt < 25_000) {
    answered = await Promise.race([pool.db.execute("select 1").then(() => true, () => false), sleep(2_000).then(() => false)]);
    if (!answered) await sleep(50);
  }
  const recoveredMs = Date.now() - backAt;
  expect(answered).toBe(true);
  expect(recoveredMs, "first answer after the database's return").toBeLessThan(1_500);
  console.log(`pool-reconnect: ${failed} refused during the outage, first answer ${recoveredMs} ms after the return`);
}, 40_000);
