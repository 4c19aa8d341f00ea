import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { readRequestBody } from "./read-request-body";

function request(chunks: string[]): IncomingMessage {
  const stream = new PassThrough();
  for (const c of chunks) stream.write(c);
  stream.end();
  return stream as unknown as IncomingMessage;
}

describe("readRequestBody", () => {
  it("joins the chunks as UTF-8, a character split between chunks included", async () => {
    const euro = Buffer.from("€");
    const stream = new PassThrough();
    stream.write(Buffer.concat([Buffer.from("{\"a\":\""), euro.subarray(0, 1)]));
    stream.end(Buffer.concat([euro.subarray(1), Buffer.from("\"}")]));
    expect(await readRequestBody(stream as unknown as IncomingMessage, 100)).toBe('{"a":"€"}');
  });

  it("answers null past the limit, and drains the rest", async () => {
    const body = request(["x".repeat(60), "y".repeat(60)]);
    expect(await readRequestBody(body, 100)).toBeNull();
    expect(await readRequestBody(request(["x".repeat(100)]), 100)).toBe("x".repeat(100));
  });
});
