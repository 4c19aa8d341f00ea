/**
 * `npm start`, first half: prepare the database, build if the sources changed since the last
 * build, and write what the server needs to `.data/start.env`; then this process exits and
 * package.json's start script `exec`s the production server (server/serve.ts, bundled) on
 * plain Node in the shell's place, so nothing of this launcher (its TypeScript loader, the
 * database it migrated with) stays in memory while the site runs, and Ctrl-C reaches the
 * server directly. One step after another, never side by side: the embedded PGlite folder
 * has no inter-process lock.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clearSharedCache } from "../server/cache/clear-shared-cache.mjs";
import { readCacheConfig } from "../server/cache/cache-config.mjs";
import { buildIfNeeded } from "./build-if-needed";
import { prepareDatabase } from "./prepare-database";
import { serverHeapMb } from "./server-command";
import { startEnvFile } from "./start-env-file";

const root = process.cwd();

/** Auth.js needs a secret; the embedded default makes one on first start and keeps it. */
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  // A malformed LEDE_SERVER_HEAP_MB stops here (the start script passes it to Node).
  serverHeapMb();
  const port = process.env.PORT ?? "3000";
  const defaults: Record<string, string> = {
    AUTH_SECRET: ensureAuthSecret(),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The quick start is a local demo: without Stripe keys it offers the clearly labelled test checkout.
    ...(process.env.STRIPE_SECRET_KEY ? {} : { LEDE_TEST_CHECKOUT: "1" }),
    // The quick start serves this machine: links point at it unless a public origin is configured.
    LEDE_PUBLIC_URL: process.env.AUTH_URL ?? `http://localhost:${port}`,
    PORT: port,
  };
  // What is set already wins, here and in the server (Node's --env-file never overrides the environment):
  // only what the launcher supplies goes into the file.
  const supplied = Object.fromEntries(Object.entries(defaults).filter(([key]) => process.env[key] === undefined));
  Object.assign(process.env, supplied);
  // A malformed REDIS_URL stops here, before the database is touched.
  const sharedCache = readCacheConfig(process.env);
  const { seeded } = await prepareDatabase();
  // Pages rendered from an earlier database must not outlive it in Redis (the default cache lives in the server's memory).
  if (seeded && sharedCache) await clearSharedCache(sharedCache);

  await buildIfNeeded(process.env);
  startEnvFile(root).write(supplied);
  console.log(`[lede] serving on http://localhost:${port}`);
}

main().catch((e: unknown) => {
  console.error("[lede] start failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
