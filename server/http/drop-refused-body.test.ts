import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropRefusedBody } from "./drop-refused-body";

const LIMIT = 64 * 1024;
let server: http.Server;
let port: number;
// One connection, kept alive: each request goes on the connection the one before used.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  // A route that stops reading at its limit and answers 413, having dropped the rest.
  server = http.createServer((request, response) => {
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LIMIT) return;
      request.off("data", onData);
      request.pause();
      void dropRefusedBody(request, 8 * 1024 * 1024).then(() => {
        response.writeHead(413, { "content-type": "text/plain" });
        response.end("too large");
      });
    };
    request.on("data", onData);
    request.on("end", () => {
      if (size <= LIMIT) response.end("ok");
    });
  });
  // As the production server's: a blocked connection would not be closed for a minute.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  agent.destroy();
  server.closeAllConnections();
  server.close();
});

function postChunked(bytes: number): Promise<number | "reset"> {
  return new Promise((resolve) => {
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/", agent }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", () => resolve("reset"));
    const chunk = Buffer.alloc(LIMIT, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end();
    };
    pump();
  });
}

describe("dropRefusedBody", () => {
  it("answers 413 to each oversized chunked body, and the next request on the same connection is answered", async () => {
    expect(await postChunked(4 * 1024 * 1024)).toBe(413);
    expect(await postChunked(4 * 1024 * 1024)).toBe(413);
    expect(await postChunked(LIMIT / 2)).toBe(200);
  }, 20_000);

  it("abandons a body that goes on past its bound: the client's connection is closed", async () => {
    expect(await postChunked(12 * 1024 * 1024)).toBe("reset");
  }, 20_000);
});
