/**
 * `npm run test:faults`: the resilience tests (faults/*.fault.test.ts). They stop, kill and
 * restart real processes — a PostgreSQL and a redis-server of their own, production servers,
 * the Stripe stand-in — so they need the production build (made here if needed) and run
 * apart from `npm test`; `.ci/run` runs them after it.
 */
import { spawnSync } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  await buildIfNeeded(env);
  const run = spawnSync("npx", ["vitest", "run", "--project", "faults", ...process.argv.slice(2)], { stdio: "inherit", env });
  return run.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error("[lede] fault tests failed to start:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
