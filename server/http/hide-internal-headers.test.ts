import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { RENDERED_AT_HEADER } from "../next-adapter";
import { hideInternalHeaders } from "./hide-internal-headers";

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function answer(handler: (response: http.ServerResponse) => void, method = "GET"): Promise<Headers> {
  server = http.createServer((_request, response) => {
    hideInternalHeaders(response);
    handler(response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method });
  await res.arrayBuffer();
  return res.headers;
}

describe("hideInternalHeaders", () => {
  it("removes the render time set as a header, keeping the others", async () => {
    const headers = await answer((response) => {
      response.setHeader(RENDERED_AT_HEADER, "1764770000000");
      response.setHeader("cache-control", "public, s-maxage=300");
      response.end("page");
    });
    expect(headers.get(RENDERED_AT_HEADER)).toBeNull();
    expect(headers.get("cache-control")).toBe("public, s-maxage=300");
  });

  it("removes it from writeHead's headers object too, and from a HEAD answer", async () => {
    const headers = await answer((response) => {
      response.writeHead(200, { "X-Lede-Rendered-At": "1764770000000", "content-type": "text/html" });
      response.end();
    }, "HEAD");
    expect(headers.get(RENDERED_AT_HEADER)).toBeNull();
    expect(headers.get("content-type")).toBe("text/html");
  });
});
