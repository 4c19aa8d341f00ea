/**
 * Bundles the production server (server/serve.ts and the lib modules it uses) into one
 * ES module beside Next's build, .next/lede-server.mjs; packages stay in node_modules.
 * Run by `npm run build` and by npm start's build step, after `next build`.
 */
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { SERVER_BUNDLE } from "./server-command";

export async function bundleServer(): Promise<void> {
  await build({
    entryPoints: ["server/serve.ts"],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  bundleServer().catch((e: unknown) => {
    console.error("[lede] server bundle failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
