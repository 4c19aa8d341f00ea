import type { Database } from "@/db/client";
import type { Viewer } from "@/lib/access/types";
import { parsePageNumber } from "@/lib/articles/pagination";
import { isAppError } from "@/lib/errors";
import type { SearchOutcome } from "./render-search-results";
import { searchArticles } from "./search-articles";

/** A search page's outcome from its raw parameters: results, or the message for bad input. */
export async function searchOutcome(db: Database, options: { q: string | string[] | undefined; page: string | string[] | undefined; viewer: Viewer; now: Date }): Promise<SearchOutcome> {
  const page = parsePageNumber(Array.isArray(options.page) ? options.page[0] : options.page);
  if (page === null) return { error: "That results page does not exist." };
  try {
    return await searchArticles(db, { query: options.q, viewer: options.viewer, page, now: options.now });
  } catch (e) {
    if (isAppError(e) && e.code === "INVALID_INPUT") return { error: e.message };
    throw e;
  }
}

/** The query a search page shows in its box. */
export const shownQuery = (outcome: SearchOutcome): string => ("error" in outcome ? "" : outcome.query);
