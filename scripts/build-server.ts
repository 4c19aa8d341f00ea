/**
 * Bundles the production server (server/serve.ts and the lib modules it uses) into one
 * ES module beside Next's build, .next/lede-server.mjs, and Lede's cache handler
 * (server/cache/lede-cache-handler.ts) into .next/lede-cache-handler.mjs, which Next
 * imports at run time; packages stay in node_modules. Run by `npm run build` and by npm
 * start's build step, after `next build`.
 */
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { CACHE_HANDLER_BUNDLE, SERVER_BUNDLE } from "./server-command";

export async function bundleServer(): Promise<void> {
  const common = { bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", sourcemap: "linked", logLevel: "warning" } as const;
  await build({ ...common, entryPoints: ["server/serve.ts"], outfile: SERVER_BUNDLE });
  await build({ ...common, entryPoints: ["server/cache/lede-cache-handler.ts"], outfile: CACHE_HANDLER_BUNDLE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  bundleServer().catch((e: unknown) => {
    console.error("[lede] server bundle failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
