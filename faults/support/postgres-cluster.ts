import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/free-port";

const BIN = process.env.LEDE_PG_BIN ?? findPostgresBin();

function findPostgresBin(): string {
  for (const version of ["17", "16", "15", "14"]) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error("the fault tests start their own PostgreSQL: no initdb under /usr/lib/postgresql/*/bin (set LEDE_PG_BIN)");
}

/** initdb refuses to run as root: as root, run the server binaries as the `postgres` user. */
function run(args: string[], owner: boolean): void {
  const asPostgres = owner && process.getuid?.() === 0;
  const [command, ...rest] = asPostgres ? ["runuser", "-u", "postgres", "--", ...args] : args;
  const done = spawnSync(command!, rest, { encoding: "utf8" });
  if (done.status !== 0) throw new Error(`${args.join(" ")} failed:\n${done.stdout}\n${done.stderr}`);
}

export interface PostgresCluster {
  port: number;
  /** A URL to `database` on this cluster. */
  url: (database: string) => string;
  /** Starts it again (same data, same port). */
  start: () => void;
  /** Stops it: "fast" rolls back and disconnects everyone (a restart), "immediate" as a crash. */
  stop: (mode?: "fast" | "immediate") => void;
  /** Stops it and removes its files. */
  destroy: () => void;
}

/**
 * A PostgreSQL of the test's own (initdb into a temporary folder, a free port, no fsync),
 * to stop and start at will: the machine's PostgreSQL is shared and never touched.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "lede-faults-pg-"));
  if (process.getuid?.() === 0) chownSync(dir, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim()), 0);
  const data = path.join(dir, "data");
  const port = await freePort();
  run([path.join(BIN, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"], true);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => run([path.join(BIN, "pg_ctl"), "-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"], true);
  const stop = (mode: "fast" | "immediate" = "fast") => run([path.join(BIN, "pg_ctl"), "-D", data, "-m", mode, "-w", "stop"], true);
  start();
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    destroy: () => {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
