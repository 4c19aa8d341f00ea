import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/access/types";
import { parsePageNumber } from "@/lib/articles/pagination";
import { isAppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { MAX_QUERY_LENGTH } from "./parse-search-query";
import type { SearchOutcome } from "./render-search-results";
import { searchArticles } from "./search-articles";

/** A search page's outcome from its raw parameters: results, or the message for bad input (in the site's language). */
export async function searchOutcome(db: Database, options: { q: string | string[] | undefined; page: string | string[] | undefined; viewer: Viewer; now: Date; locale?: Locale }): Promise<SearchOutcome> {
  const t = translator(options.locale ?? DEFAULT_LOCALE, "reader");
  const page = parsePageNumber(Array.isArray(options.page) ? options.page[0] : options.page);
  if (page === null) return { error: t("search.noSuchPage") };
  try {
    return await searchArticles(db, { query: options.q, viewer: options.viewer, page, now: options.now, site: options.locale ?? DEFAULT_LOCALE });
  } catch (e) {
    if (isAppError(e) && e.code === "INVALID_INPUT") return { error: e.fieldErrors.q ? t("search.tooLong", { max: MAX_QUERY_LENGTH }) : t("search.noSuchPage") };
    throw e;
  }
}

/** The query a search page shows in its box. */
export const shownQuery = (outcome: SearchOutcome): string => ("error" in outcome ? "" : outcome.query);
