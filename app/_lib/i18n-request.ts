import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/catalogue";
import { SITE_TIME_ZONE } from "@/lib/i18n/format";
import { getSiteChrome } from "./site-chrome";

/*
 * next-intl's configuration for a render (next.config.ts names this file): the site's
 * language, as the newsroom set it in admin → Site. It never reads the request (no
 * Accept-Language, no cookie), so a shared page is the same for every reader and stays
 * cacheable; a change of language purges every page.
 */
export default getRequestConfig(async () => {
  const { identity } = await getSiteChrome();
  return { locale: identity.language, messages: messagesFor(identity.language), timeZone: SITE_TIME_ZONE };
});
