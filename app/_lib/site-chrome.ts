import { connection } from "next/server";
import { cache } from "react";
import { getDb } from "@/db/client";
import { defaultSiteChrome, loadSiteChrome, type SiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { isBuildPhase } from "@/server/next-adapter";

/**
 * The site's chrome for this render, loaded once however many components ask (header,
 * footer, metadata). The build never opens the database, and a page it prerendered would
 * show the environment's defaults for good: so what the build meets here (the not-found
 * page: listings and articles are not prerendered) is made a per-request page instead.
 */
export const getSiteChrome = cache(async (): Promise<SiteChrome> => {
  if (isBuildPhase(process.env)) {
    await connection();
    return defaultSiteChrome();
  }
  return loadSiteChrome(await getDb());
});
