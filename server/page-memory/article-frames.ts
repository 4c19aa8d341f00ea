import type { IncomingMessage } from "node:http";
import Negotiator from "negotiator";
import { findArticleRest } from "@/lib/articles/splice-article-rest";
import { gzipFrame, gzipInFrame, type GzipFrame } from "./gzip-frame";
import type { MemorisedPage } from "./page-memory";

/** Each kept article page's shared parts, compressed once (dropped with the page). */
const frames = new WeakMap<MemorisedPage, GzipFrame | null>();

function frameOf(page: MemorisedPage): GzipFrame | null {
  let frame = frames.get(page);
  if (frame === undefined) {
    const html = page.html;
    const at = findArticleRest(html);
    frame = at ? gzipFrame(Buffer.from(html.slice(0, at.start), "utf8"), Buffer.from(html.slice(at.end), "utf8")) : null;
    frames.set(page, frame);
  }
  return frame;
}

/**
 * A reader's article page as gzip, compressing only their part (`rest`) anew: the page's
 * shared beginning and end were compressed once, when the first reader of this kept page
 * came. Null when the reader does not take gzip, or the page is not one kept in memory (a
 * frame for a page used once would cost more than compressing it whole).
 */
export function gzipPersonalPage(request: IncomingMessage, shared: MemorisedPage, rest: string, kept: boolean): Buffer | null {
  if (!kept || new Negotiator(request).encoding(["gzip"]) !== "gzip") return null;
  const frame = frameOf(shared);
  return frame && gzipInFrame(frame, Buffer.from(rest, "utf8"));
}
