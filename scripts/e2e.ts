/**
 * `npm run test:e2e`: a fresh database (a new PostgreSQL database when DATABASE_URL is
 * set, else a fresh PGlite folder), migrated and seeded; the production build (made if
 * needed); then Playwright, which starts `next start` once for every test.
 */
import { spawnSync } from "node:child_process";
import { clearSharedCache } from "../server/cache/clear-shared-cache.mjs";
import { readCacheConfig } from "../server/cache/cache-config.mjs";
import { buildIfNeeded } from "./build-if-needed";
import { freshDatabase } from "./fresh-database";
import { prepareDatabase } from "./prepare-database";

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    LEDE_DEV_OUTBOX: "1",
    // The suite stands for one reverse proxy in front of the server: each test context names
    // its client in X-Forwarded-For (so rate limits count per test), and only the entry a
    // proxy appended counts (e2e/security-holes.spec.ts checks that the others are ignored).
    LEDE_TRUSTED_PROXIES: "1",
    // The production server refuses to start without a public origin: the suite's own.
    LEDE_PUBLIC_URL: process.env.LEDE_PUBLIC_URL ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    // Test mode (no Stripe keys; under NODE_ENV=production it needs LEDE_TEST_CHECKOUT=1) with a known webhook secret, so tests can sign events too.
    LEDE_TEST_CHECKOUT: "1",
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_e2e_0123456789abcdef",
    NEXT_TELEMETRY_DISABLED: "1",
    // e2e/webhooks-admin.spec.ts runs its webhook receiver on 127.0.0.1.
    LEDE_WEBHOOK_ALLOW_PRIVATE: "1",
    // An OAuth provider with made-up keys: the sign-in page shows its button and the tests follow
    // it as far as GitHub's authorize URL (no network needed, nothing is sent to GitHub).
    AUTH_GITHUB_ID: process.env.AUTH_GITHUB_ID ?? "e2e-github-client",
    AUTH_GITHUB_SECRET: process.env.AUTH_GITHUB_SECRET ?? "e2e-github-secret",
    // With REDIS_URL the suite's server keeps its pages in Redis: under a prefix of this
    // run only, so runs never serve each other's pages (e2e/shared-cache.spec.ts uses its own).
    LEDE_CACHE_PREFIX: `lede-e2e-${process.pid}:`,
  };
  const sharedCache = readCacheConfig(env);
  const database = await freshDatabase({ prefix: "lede_e2e", folder: "e2e-pglite" });
  Object.assign(env, database.env);
  Object.assign(process.env, env);
  try {
    await prepareDatabase();
    await buildIfNeeded(env);
    const args = ["playwright", "test", ...process.argv.slice(2)];
    const run = spawnSync("npx", args, { stdio: "inherit", env });
    return run.status ?? 1;
  } finally {
    await database.drop();
    if (sharedCache) await clearSharedCache(sharedCache);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error("[lede] e2e failed to start:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
