import type http from "node:http";
import type { Socket } from "node:net";

/**
 * The server's connections and whether a request is in progress on each, for a shutdown
 * that waits for answers being made and for nothing else. Node's closeIdleConnections()
 * leaves a connection that was opened but has not sent a request (a client's or a
 * balancer's spare connection): it would hold the exit until the headers timeout (a minute).
 */
export function watchConnections(server: http.Server): { closeQuiet: (quietMs: number) => void } {
  const sockets = new Map<Socket, { busy: number; quietSince: number }>();
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, { busy: 0, quietSince: Date.now() });
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("request", (request: http.IncomingMessage, response: http.ServerResponse) => {
    const state = sockets.get(request.socket);
    if (!state) return;
    state.busy++;
    response.once("close", () => {
      state.busy--;
      state.quietSince = Date.now();
    });
  });
  return {
    /** Closes every connection with no request in progress and none begun for `quietMs`. */
    closeQuiet: (quietMs: number) => {
      const now = Date.now();
      for (const [socket, state] of sockets) if (state.busy === 0 && now - state.quietSince >= quietMs) socket.destroy();
    },
  };
}
