import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite must load from node_modules at run time (its wasm and data files are resolved by path).
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers 403 for staff pages a role may not open (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  async rewrites() {
    return {
      // The front page is an ISR page keyed by an edition name, so the build never needs
      // the database and the first request renders it into the cache.
      beforeFiles: [
        // A request carrying a session cookie gets the per-viewer article; every other one
        // is served the cached anonymous page. The cookie names are lib/auth/session-cookie's.
        ...["lede.session", "__Secure-lede.session"].map((key) => ({
          source: "/articles/:slug",
          has: [{ type: "cookie" as const, key }],
          destination: "/m/articles/:slug",
        })),
        { source: "/", destination: "/front/home" },
      ],
      afterFiles: [],
      fallback: [],
    };
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

export default nextConfig;
