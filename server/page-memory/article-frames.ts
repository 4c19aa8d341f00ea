import type { IncomingMessage } from "node:http";
import Negotiator from "negotiator";
import { gzipInFrame } from "./gzip-frame";
import type { MemorisedPage } from "./page-memory";

/**
 * A reader's article page as gzip, compressing only their part (`rest`) anew: the page's
 * shared beginning and end were compressed once, when the page was kept (its gzip is laid out
 * as that frame: server/page-memory/page-memory). Null when the reader does not take gzip, or the page is not one kept in memory (a
 * frame for a page used once would cost more than compressing it whole).
 */
export function gzipPersonalPage(request: IncomingMessage, shared: MemorisedPage, rest: string, kept: boolean): Buffer | null {
  if (!kept || new Negotiator(request).encoding(["gzip"]) !== "gzip") return null;
  return shared.frame && gzipInFrame(shared.frame, Buffer.from(rest, "utf8"));
}
