import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { memorisePage } from "./page-memory";
import { sendSharedPage } from "./serve-pages";

describe("sendSharedPage", () => {
  const page = memorisePage({
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT", vary: "rsc" },
    body: `<p>${"shared ".repeat(400)}</p><script>go()</script>`,
  });
  function send(acceptEncoding?: string) {
    const sent: { status?: number; headers?: Record<string, string | number>; body?: Buffer } = {};
    const response = {
      writeHead: (status: number, headers: Record<string, string | number>) => Object.assign(sent, { status, headers }),
      end: (body: Buffer) => Object.assign(sent, { body }),
    } as unknown as ServerResponse;
    const request = { headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding } } as IncomingMessage;
    sendSharedPage(request, response, page, true);
    return sent;
  }

  it("sends the gzip made once to a reader who accepts it, the plain bytes otherwise, with the page's own policy", () => {
    const zipped = send("gzip, deflate, br");
    expect(zipped.headers).toMatchObject({ "content-encoding": "gzip", vary: "rsc, Accept-Encoding", "content-security-policy": page.policy, "x-lede-page-memory": "hit" });
    expect(gunzipSync(zipped.body!).toString()).toBe(page.html);
    for (const refused of [undefined, "br", "gzip;q=0"]) {
      const plain = send(refused);
      expect(plain.headers?.["content-encoding"], String(refused)).toBeUndefined();
      expect(plain.body, String(refused)).toEqual(page.body);
      expect(plain.headers?.["content-length"]).toBe(page.body.length);
    }
  });
});
