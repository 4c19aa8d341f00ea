import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { parseEnv } from "./lib/env";
import { productionServerSettings } from "./server/next-server-settings";
import { nextRewrites } from "./server/route-table";

// Content-Security-Policy is set per response by server/csp/apply-content-security-policy.
// HSTS follows the public origin, read by the same rule as everything else (lib/env).
function securityHeaders(isHttps: boolean) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=()" },
    ...(isHttps ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

const nextConfig: NextConfig = {
  // PGlite must load from node_modules at run time (its wasm and data files are resolved by path).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // server/serve.ts compresses what it sends.
  compress: false,
  // A shared page may be served stale while it re-renders for an hour at most, not a year.
  expireTime: 3600,
  typedRoutes: false,
  // forbidden() answers 403 for staff pages a role may not open (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  // Generated from the serving layer's route table (server/route-table.ts).
  async rewrites() {
    return nextRewrites();
  },
  async redirects() {
    // Listing pages paginate by path (static, cacheable); ?page=N is accepted as a courtesy.
    const paged = ["categories", "tags", "authors"].map((kind) => ({
      source: `/${kind}/:slug`,
      has: [{ type: "query" as const, key: "page", value: "(?<n>[1-9][0-9]{0,5})" }],
      destination: `/${kind}/:slug/page/:n`,
      permanent: false,
    }));
    return [...paged, { source: "/front/home", destination: "/", permanent: true }];
  },
};

// next-intl reads the site's language and catalogues from this file for every render.
const withNextIntl = createNextIntlPlugin("./app/_lib/i18n-request.ts");

/**
 * The production server keeps rendered pages through Lede's cache handler (in memory, or in
 * Redis with REDIS_URL), never on disk: it applies the cache-version rule and purges by tag.
 * The build itself prerenders with Next's own cache.
 */
export default function config(phase: string): NextConfig {
  const { isHttps } = parseEnv({ ...process.env, NEXT_PHASE: phase });
  const withHeaders: NextConfig = { ...nextConfig, headers: async () => [{ source: "/:path*", headers: securityHeaders(isHttps) }] };
  if (phase !== PHASE_PRODUCTION_SERVER) return withNextIntl(withHeaders);
  return withNextIntl({ ...withHeaders, ...productionServerSettings(fileURLToPath(new URL(".", import.meta.url))) });
}
