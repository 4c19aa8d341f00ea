import type { MetadataRoute } from "next";
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from "@/lib/feeds/sitemap-paths";
import { siteConfig } from "@/lib/site-config";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/m/", "/signin", "/dev/", "/billing/", "/private-feeds/"] }],
    sitemap: [`${siteConfig.url}${SITEMAP_INDEX_PATH}`, `${siteConfig.url}${NEWS_SITEMAP_PATH}`],
  };
}
