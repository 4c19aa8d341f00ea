import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A body refused as too large (413) is left unread by the route that refused it; the rest
 * is read and dropped after the answer, so the connection can carry the client's next
 * request (left paused, that request waited behind the unread bytes forever). Up to
 * `maxBytes` more: past that, the connection is closed.
 */
export function drainRefusedBody(request: IncomingMessage, response: ServerResponse, maxBytes: number): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    if (args[0] === 413 && !request.complete) response.setHeader("connection", "close");
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  response.on("finish", () => {
    if (response.statusCode !== 413 || request.complete) return;
    let dropped = 0;
    request.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > maxBytes) request.socket.destroy();
    });
    request.resume();
  });
}
