import net from "node:net";
import type { AddressInfo } from "node:net";

export interface CuttingProxy {
  port: number;
  /** Cuts the connection of the next transaction to begin, after its BEGIN and before its first statement. */
  arm: () => void;
  disarm: () => void;
  /** Connections cut so far. */
  readonly cuts: number;
  stop: () => Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that drops a client's connection in the middle of a
 * transaction when armed: as a network cut or a killed backend would, PostgreSQL rolls the
 * transaction back and the client's pending query fails.
 */
export async function startCuttingProxy(target: { host: string; port: number }): Promise<CuttingProxy> {
  let armed = 0;
  let cuts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let begun = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("data", (chunk: Buffer) => {
      if (begun && armed > 0) {
        armed--;
        cuts++;
        return cut();
      }
      // postgres-js sends BEGIN alone and waits for its answer before the first statement.
      begun = /\bbegin\b/i.test(chunk.toString("latin1"));
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("error", cut).on("close", cut);
    upstream.on("error", cut).on("close", cut);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    arm: () => void armed++,
    disarm: () => void (armed = 0),
    get cuts() {
      return cuts;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
