import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { REST_END, REST_START } from "@/lib/articles/render-article-rest";
import { spliceArticleRest } from "@/lib/articles/splice-article-rest";
import { gzipInFrame } from "./gzip-frame";
import { gzipSharedPage } from "./gzip-shared-page";

const article = (header: number) =>
  `<!doctype html><header>${"Ünïcode header ✓ ".repeat(header)}</header><article><p>Teaser</p>${REST_START}<aside data-paywall>Subscribe</aside>${REST_END}</article><script>self.__next_f.push([1,"\\u003c!--lede:rest--\\u003e"])</script>${"<footer>shared</footer>".repeat(200)}`;

describe("gzipSharedPage", () => {
  it("gives an article page's gzip with its frame inside it: the page as sent, and every reader's page from the frame", () => {
    for (const html of [article(0), article(300), article(5000)]) {
      const { gzip, frame } = gzipSharedPage(html, Buffer.from(html, "utf8"));
      expect(gunzipSync(gzip).toString("utf8")).toBe(html);
      expect(frame).not.toBeNull();
      // The frame holds no bytes of its own: its parts are views into the kept gzip.
      expect(frame!.head.buffer).toBe(gzip.buffer);
      expect(frame!.tail.buffer).toBe(gzip.buffer);
      const rest = `${REST_START}<div class="gated-content"><p>${"Full text €. ".repeat(300)}</p></div>${REST_END}`;
      expect(gunzipSync(gzipInFrame(frame!, Buffer.from(rest, "utf8"))).toString("utf8")).toBe(spliceArticleRest(html, rest));
    }
  });

  it("gives a page without a rest plain gzip and no frame", () => {
    const html = `<p>listing</p>${"<li>item</li>".repeat(500)}`;
    const { gzip, frame } = gzipSharedPage(html, Buffer.from(html, "utf8"));
    expect(gunzipSync(gzip).toString("utf8")).toBe(html);
    expect(frame).toBeNull();
  });

  it("holds no more memory than its bytes (zlib's small outputs are views into a 16 KB chunk)", () => {
    for (const html of [article(10), `<p>small</p>${"<li>item</li>".repeat(500)}`]) {
      const { gzip } = gzipSharedPage(html, Buffer.from(html, "utf8"));
      expect(gzip.length).toBeLessThan(4096);
      expect(gzip.buffer.byteLength).toBe(gzip.length);
    }
  });
});
