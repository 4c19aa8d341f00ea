import type { IncomingMessage } from "node:http";
import Negotiator from "negotiator";
import { gzipInFrame } from "./gzip-frame";
import type { MemorisedPage } from "./page-memory";

/**
 * A reader's article page as gzip, compressing only their part (`rest`) anew: the page's
 * shared beginning and end were compressed once, when the page was kept (its frame, part of
 * its gzip: see gzip-shared-page). Null when the reader does not take gzip, or the page is
 * not one kept in memory (a page used once is compressed whole, as any other answer), or
 * has no rest to replace.
 */
export function gzipPersonalPage(request: IncomingMessage, shared: MemorisedPage, rest: string, kept: boolean): Buffer | null {
  if (!kept || !shared.frame || new Negotiator(request).encoding(["gzip"]) !== "gzip") return null;
  return gzipInFrame(shared.frame, Buffer.from(rest, "utf8"));
}
