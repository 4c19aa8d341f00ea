import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { readCacheConfig } from "./server/cache/cache-config.mjs";

const isHttps = (process.env.LEDE_PUBLIC_URL ?? process.env.AUTH_URL ?? "").startsWith("https://");

// Content-Security-Policy is set per response, with a script nonce, by server/serve.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=()" },
  ...(isHttps ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // PGlite must load from node_modules at run time (its wasm and data files are resolved by path).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // server/serve.ts compresses, after it has put script nonces into the markup.
  compress: false,
  typedRoutes: false,
  // forbidden() answers 403 for staff pages a role may not open (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  async rewrites() {
    return {
      // The front page is an ISR page keyed by an edition name, so the build never needs
      // the database and the first request renders it into the cache.
      beforeFiles: [
        // A request without a session cookie is served the cached anonymous page. With one
        // (names from lib/auth/session-cookie): client-side navigations and the page polled
        // after checkout are rendered for the viewer (/m/articles); a document request gets
        // the cached page with the reader's part put in (/member-view/articles), first match wins.
        ...["lede.session", "__Secure-lede.session"].flatMap((key) => [
          { source: "/articles/:slug", has: [{ type: "cookie" as const, key }, { type: "header" as const, key: "rsc" }], destination: "/m/articles/:slug" },
          { source: "/articles/:slug", has: [{ type: "cookie" as const, key }, { type: "query" as const, key: "checkout" }], destination: "/m/articles/:slug" },
          { source: "/articles/:slug", has: [{ type: "cookie" as const, key }], destination: "/member-view/articles/:slug" },
        ]),
        { source: "/", destination: "/front/home" },
        { source: "/feed.xml", destination: "/feeds/rss" },
        { source: "/atom.xml", destination: "/feeds/atom" },
        { source: "/sitemap.xml", destination: "/feeds/sitemap" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
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

/**
 * With REDIS_URL, the server keeps its page cache in Redis, shared by every instance
 * (server/cache/redis-cache-handler-next.mjs); without it, Next's own cache on disk, one per
 * instance. Read when the server starts, so one build serves either way; a malformed
 * REDIS_URL stops `next start` with a message. The build itself never uses Redis.
 */
export default function config(phase: string): NextConfig {
  const sharedCache = readCacheConfig(process.env);
  if (!sharedCache || phase !== PHASE_PRODUCTION_SERVER) return nextConfig;
  return { ...nextConfig, cacheHandler: new URL("./server/cache/redis-cache-handler-next.mjs", import.meta.url).href };
}
