import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { bundleServer } from "./build-server";
import { SERVER_BUNDLE } from "./server-command";

const root = process.cwd();
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** True when there is no production build, or a source changed after it was made. */
export function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(SERVER_BUNDLE)) return true;
  const sources = ["app", "lib", "db", "public", "next.config.ts", "proxy.ts", "server", "package-lock.json", "patches", "tsconfig.json"];
  const built = Math.min(statSync(buildId).mtimeMs, statSync(SERVER_BUNDLE).mtimeMs);
  return Math.max(...sources.map((s) => newestMtime(path.join(root, s)))) > built;
}

/**
 * Runs `next build` and bundles the production server when needed; the build never opens
 * the database (pages render on first request).
 */
export async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<void> {
  if (process.env.LEDE_SKIP_BUILD === "1" || !needsBuild()) return;
  console.log("[lede] building the production server (first start or changed sources)…");
  const started = Date.now();
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  await bundleServer();
  console.log(`[lede] build done in ${Math.round((Date.now() - started) / 1000)} s`);
}
