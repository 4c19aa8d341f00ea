import type { IncomingMessage } from "node:http";
import Negotiator from "negotiator";
import { searchPageMiddle, searchPageParts, type SearchPageParts } from "@/lib/search/splice-search-page";
import { gzipFrame, gzipInFrame, type GzipFrame } from "./gzip-frame";
import type { MemorisedPage } from "./page-memory";

interface SearchShell {
  parts: SearchPageParts;
  /** The parts before and after a search's middle, compressed once (made when a reader takes gzip). */
  frame?: GzipFrame;
}

/** The kept search page, cut and compressed once (dropped with the page). */
const shells = new WeakMap<MemorisedPage, SearchShell | null>();

function shellOf(page: MemorisedPage, kept: boolean): SearchShell | null {
  if (!kept) {
    // A page used once (not kept): cut it for this answer only.
    const parts = searchPageParts(page.html);
    return parts && { parts };
  }
  let shell = shells.get(page);
  if (shell === undefined) {
    const parts = searchPageParts(page.html);
    shell = parts && { parts };
    shells.set(page, shell);
  }
  return shell;
}

/**
 * A reader's search page: the shared search page with their results and query put in,
 * as HTML, and as gzip when the reader takes it and the page is the one kept in memory
 * (then only the middle is compressed anew, see gzip-frame). Null when the page has no
 * place for the results.
 */
export function searchPageForReader(
  request: IncomingMessage,
  shared: MemorisedPage,
  kept: boolean,
  search: { resultsHtml: string; query: string },
): { gzip: Buffer } | { html: string } | null {
  const shell = shellOf(shared, kept);
  if (!shell) return null;
  const { parts } = shell;
  const middle = searchPageMiddle(parts, search.resultsHtml, search.query);
  if (kept && new Negotiator(request).encoding(["gzip"]) === "gzip") {
    shell.frame ??= gzipFrame(Buffer.from(parts.before, "utf8"), Buffer.from(parts.after, "utf8"));
    return { gzip: gzipInFrame(shell.frame, Buffer.from(middle, "utf8")) };
  }
  return { html: parts.before + middle + parts.after };
}
