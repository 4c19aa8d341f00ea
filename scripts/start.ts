/**
 * `npm start`: prepare the database, build if the sources changed since the last build,
 * then serve with the production server (server/serve.ts, bundled). One step after another, never side by side, because the
 * embedded PGlite folder has no inter-process lock.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { clearSharedCache } from "../server/cache/clear-shared-cache.mjs";
import { readCacheConfig } from "../server/cache/cache-config.mjs";
import { buildIfNeeded } from "./build-if-needed";
import { prepareDatabase } from "./prepare-database";
import { serverArgs } from "./server-command";

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
  const env = {
    ...process.env,
    AUTH_SECRET: ensureAuthSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The quick start is a local demo: without Stripe keys it offers the clearly labelled test checkout.
    ...(process.env.STRIPE_SECRET_KEY ? {} : { LEDE_TEST_CHECKOUT: process.env.LEDE_TEST_CHECKOUT ?? "1" }),
    // The quick start serves this machine: links point at it unless a public origin is configured.
    LEDE_PUBLIC_URL: process.env.LEDE_PUBLIC_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`,
  };
  Object.assign(process.env, env);
  // A malformed REDIS_URL stops here, before the database is touched.
  const sharedCache = readCacheConfig(process.env);
  const { seeded } = await prepareDatabase();
  // Pages rendered from an earlier database must not outlive it in Redis (the default cache lives in the server's memory).
  if (seeded && sharedCache) await clearSharedCache(sharedCache);

  await buildIfNeeded(env);

  const port = process.env.PORT ?? "3000";
  console.log(`[lede] serving on http://localhost:${port}`);
  const server = spawn(process.execPath, serverArgs(port), { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error("[lede] start failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
