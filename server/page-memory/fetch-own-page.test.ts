import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { LOOPBACK_HEADER, loopbackToken } from "../http/loopback";
import { fetchOwnPage, LOOPBACK_CONCURRENCY } from "./fetch-own-page";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

describe("fetchOwnPage", () => {
  it("has at most LOOPBACK_CONCURRENCY requests in flight; the others wait their turn and are answered", async () => {
    let inFlight = 0;
    let most = 0;
    const held: http.ServerResponse[] = [];
    const server = http.createServer((request, response) => {
      expect(request.headers[LOOPBACK_HEADER]).toBe(loopbackToken());
      inFlight++;
      most = Math.max(most, inFlight);
      held.push(response);
      response.on("finish", () => inFlight--);
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    vi.stubEnv("LEDE_INTERNAL_ORIGIN", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    resetEnv();
    try {
      const pages = Array.from({ length: LOOPBACK_CONCURRENCY * 3 }, (_, i) => fetchOwnPage(`/articles/a${i}`));
      // Answer whatever has arrived, slowly, until every request was answered.
      let answered = 0;
      while (answered < pages.length) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const response = held.shift();
        if (!response) continue;
        response.writeHead(200, { "content-type": "text/html" });
        response.end(`<p>${answered++}</p>`);
      }
      const fetched = await Promise.all(pages);
      expect(fetched.map((p) => p.status)).toEqual(pages.map(() => 200));
      expect(most).toBe(LOOPBACK_CONCURRENCY);
    } finally {
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
    }
  });
});
