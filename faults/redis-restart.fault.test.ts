import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, type Opened } from "../db/client";
import type { NextInstance } from "../e2e/support/next-instance";
import type { ScratchDatabase } from "../e2e/support/scratch-database";
import { demoArticles } from "../scripts/seed/seed";
import { startDurableRedis, type DurableRedis } from "./support/durable-redis";
import { postSave, retitle } from "./support/editor";
import { get, serverEnv, signIn, sleep, startLede, startSeededCluster } from "./support/lede";
import type { PostgresCluster } from "./support/postgres-cluster";

/*
 * Two instances share one Redis, which crashes while an editor saves on instance A and comes
 * back with the entries it had (append-only file). The save's purge never reached Redis:
 * once Redis is back, both instances must show the saved page and never the old one again.
 */
let cluster: PostgresCluster;
let database: ScratchDatabase;
let redis: DurableRedis;
let a: NextInstance;
let b: NextInstance;
let side: Opened;

const piece = [...demoArticles].sort((x, y) => y.publishedAt.localeCompare(x.publishedAt))[0]!;
const pages = [`/articles/${piece.slug}`, "/"];

beforeAll(async () => {
  ({ cluster, database } = await startSeededCluster());
  redis = await startDurableRedis();
  const env = serverEnv(database.url, { REDIS_URL: redis.url });
  [a, b] = await Promise.all([startLede(env), startLede(env)]);
  side = await connect({ url: database.url });
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await side?.close();
  await redis?.destroy();
  cluster?.destroy();
});

it("a save made while Redis is down is seen by every instance once Redis returns", async () => {
  // Both instances hold the page: in Redis and in their page memories.
  for (const path of pages) for (const instance of [a, b, a, b, b]) expect((await get(instance.url + path)).text).toContain(piece.title);
  const editor = await signIn(a.url, "editor@meridian.example");
  const title = `Saved while Redis was away ${Date.now().toString(36)}`;
  const save = await retitle(side.db, piece.slug, title);

  await redis.kill();
  const saved = await postSave(a.url, editor, save);
  expect(saved.status, saved.body).toBe(200);
  await sleep(1_000);
  await redis.start();
  const back = Date.now();

  // Within seconds of Redis' return every instance shows the save…
  for (const instance of [a, b]) {
    for (const path of pages) {
      let text = (await get(instance.url + path)).text;
      while (!text.includes(title) && Date.now() - back < 5_000) {
        await sleep(100);
        text = (await get(instance.url + path)).text;
      }
      expect(text, `${path} on ${instance.url}, ${Date.now() - back} ms after Redis returned`).toContain(title);
    }
  }
  const seenAfter = Date.now() - back;
  // …and from then on never the old page, from Redis or from a page memory.
  const until = Date.now() + 4_000;
  let reads = 0;
  while (Date.now() < until) {
    for (const instance of [a, b]) {
      for (const path of pages) {
        const answer = await get(instance.url + path);
        reads++;
        expect(answer.status).toBe(200);
        expect(answer.text, `${path} on ${instance.url}`).toContain(title);
      }
    }
  }
  console.log(`redis-restart: both instances showed the save ${seenAfter} ms after Redis returned; ${reads} reads after that, none old`);
});
