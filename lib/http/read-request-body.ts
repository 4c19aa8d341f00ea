import type { IncomingMessage } from "node:http";

/** A request's body as UTF-8 text, or null (the rest discarded) once it grows past `limit` bytes. */
export function readRequestBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        // Drained, not kept, so that the answer can still be sent on this connection.
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.on("end", () => {
      if (size <= limit) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    request.on("error", reject);
  });
}
