import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site-config";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/m/", "/signin", "/dev/", "/billing/"] }],
    sitemap: `${siteConfig.url}/sitemap.xml`,
  };
}
