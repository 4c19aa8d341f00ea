import { createScratchDatabase } from "./e2e/support/scratch-database";
import { startLede, serverEnv, get, signIn, sleep } from "./faults/support/lede";
const db = await createScratchDatabase("lede_faults_dbg", "postgres://postgres@127.0.0.1:5432/postgres");
const lede = await startLede(serverEnv(db.url, { LEDE_DEBUG_SHUTDOWN: "1" }));
const cookie = await signIn(lede.url, "level1@meridian.example");
for (let i = 0; i < 5; i++) { await get(lede.url + "/"); await get(lede.url + "/latest", cookie); await get(lede.url + "/search?q=europe"); }
import http from "node:http";
import Stripe from "stripe";
import { WEBHOOK_SECRET } from "./faults/support/lede";
const port = Number(new URL(lede.url).port);
const payload = JSON.stringify({ id: `evt_slow_${Date.now()}`, object: "event", type: "customer.created", created: Math.floor(Date.now() / 1000), data: { object: {} } });
const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
const inFlight = new Promise((resolve, reject) => {
  const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/api/stripe/webhook", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "stripe-signature": signature } }, (response) => {
    let b = ""; response.on("data", (c) => (b += c));
    response.on("end", () => resolve([response.statusCode, b, response.headers.connection]));
  });
  request.on("error", reject);
  for (let i = 0; i < 5; i++) setTimeout(() => (i === 4 ? request.end(payload.slice(i * Math.ceil(payload.length / 5))) : request.write(payload.slice(i * Math.ceil(payload.length / 5), (i + 1) * Math.ceil(payload.length / 5)))), i * 300);
});
await sleep(300);
const t = Date.now();
const exited = new Promise((r) => lede.process.once("exit", r));
lede.process.kill("SIGTERM");
await exited;
console.log("in flight:", await inFlight.catch((e) => String(e)));
console.log("exit after", Date.now() - t, "ms");
console.log(lede.log().split("\n").filter((l) => l.includes("debug") || l.includes("SIGTERM") || l.includes("anyway")).slice(0, 30).join("\n"));
await db.drop();
process.exit(0);
