import { gzipSync } from "node:zlib";
import { findArticleRest } from "@/lib/articles/splice-article-rest";
import { gzipFrame, gzipInFrame, type GzipFrame } from "./gzip-frame";

/**
 * A kept page's gzip, made once; for an article page (one with a rest to splice, see
 * lib/articles/splice-article-rest) laid out as its gzip frame around its own rest, so the
 * frame a member's answer is compressed in (article-frames) is a view into these bytes.
 * A frame made apart, for every page a member read, was ~17 KB beside a ~18 KB page (each
 * of its two parts in a 16 KB zlib output chunk: ~32 KB held), outside the page memory's budget.
 *
 * The gzip is sized to its bytes: zlib's synchronous output under 16 KB is a view into a
 * 16 KB chunk, which a kept page would otherwise hold (and the budget not count).
 */
export function gzipSharedPage(html: string, raw: Buffer): { gzip: Buffer; frame: GzipFrame | null } {
  const at = findArticleRest(html);
  if (!at) return { gzip: ownBytes(gzipSync(raw)), frame: null };
  const restStart = Buffer.byteLength(html.slice(0, at.start), "utf8");
  const restEnd = restStart + Buffer.byteLength(html.slice(at.start, at.end), "utf8");
  const apart = gzipFrame(raw.subarray(0, restStart), raw.subarray(restEnd));
  // [head | the page's own rest, deflated | tail | trailer], one allocation of its exact size.
  const gzip = ownBytes(gzipInFrame(apart, raw.subarray(restStart, restEnd)));
  const tailEnd = gzip.length - 8;
  const frame = { ...apart, head: gzip.subarray(0, apart.head.length), tail: gzip.subarray(tailEnd - apart.tail.length, tailEnd) };
  return { gzip, frame };
}

/** `bytes`, or a copy of exactly its length when it is a view into a larger allocation. */
function ownBytes(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}
