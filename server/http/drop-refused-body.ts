import type { IncomingMessage } from "node:http";

/**
 * Reads what is left of a body refused as too large, without keeping it, before the 413 is
 * sent: left unread, it blocked the connection (the client's next request on it waited
 * forever), and a connection closed at once made a client still sending meet a reset instead
 * of the 413. Past `upToBytes` more, the body is abandoned and the connection closed.
 * (Next's routes do the same for themselves: app/_lib/read-bounded-body.)
 */
export function dropRefusedBody(request: IncomingMessage, upToBytes: number): Promise<void> {
  if (request.complete) return Promise.resolve();
  return new Promise((resolve) => {
    let dropped = 0;
    const done = () => {
      request.off("data", onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped <= upToBytes) return;
      request.socket.destroy();
      done();
    };
    request.on("data", onData);
    request.once("end", done);
    request.once("close", done);
    request.resume();
  });
}
