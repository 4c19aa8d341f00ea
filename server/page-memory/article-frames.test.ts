import type { IncomingMessage } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { REST_END, REST_START } from "@/lib/articles/render-article-rest";
import { spliceArticleRest } from "@/lib/articles/splice-article-rest";
import { gzipPersonalPage } from "./article-frames";
import { memorisePage } from "./page-memory";

const shared = memorisePage({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT" },
  body: `<!doctype html><header>${"Ünïcode header ✓ ".repeat(300)}</header><article><p>Teaser</p>${REST_START}<aside data-paywall>Subscribe</aside>${REST_END}</article><script>self.__next_f.push([1,"\\u003c!--lede:rest--\\u003e"])</script>${"<footer>shared</footer>".repeat(200)}`,
});
const accepting = (value?: string) => ({ headers: value === undefined ? {} : { "accept-encoding": value } }) as IncomingMessage;

describe("gzipPersonalPage", () => {
  it("gives gzip that decompresses to exactly the spliced page, for every reader of one kept page", () => {
    for (const rest of [`${REST_START}<div class="gated-content"><p>${"Full text €. ".repeat(500)}</p></div>${REST_END}`, `${REST_START}<aside>Paywall for a level 1 reader</aside>${REST_END}`]) {
      const gz = gzipPersonalPage(accepting("gzip, deflate, br"), shared, rest, true);
      expect(gz).not.toBeNull();
      expect(gunzipSync(gz!).toString("utf8")).toBe(spliceArticleRest(shared.html, rest));
    }
  });

  it("is the kept page's own gzip, laid out as a frame: the anonymous page and members' pages share its compressed parts", () => {
    expect(shared.frame).not.toBeNull();
    expect(gunzipSync(shared.gzip!).toString("utf8")).toBe(shared.html);
    const gz = gzipPersonalPage(accepting("gzip"), shared, `${REST_START}<p>x</p>${REST_END}`, true)!;
    expect(gz.subarray(0, shared.frame!.head.length)).toEqual(shared.frame!.head);
  });

  it("gives nothing to a reader who refuses gzip, or for a page not kept in memory", () => {
    const rest = `${REST_START}<p>x</p>${REST_END}`;
    for (const refused of [undefined, "br", "gzip;q=0", "identity"]) expect(gzipPersonalPage(accepting(refused), shared, rest, true), String(refused)).toBeNull();
    expect(gzipPersonalPage(accepting("gzip"), shared, rest, false)).toBeNull();
  });

  it("gives nothing for a page without a rest to replace", () => {
    const plain = memorisePage({ status: 200, headers: { "content-type": "text/html" }, body: "<p>no rest here</p>" });
    expect(gzipPersonalPage(accepting("gzip"), plain, "<p>x</p>", true)).toBeNull();
  });
});
