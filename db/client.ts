import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/** The Drizzle database, whichever driver is underneath (postgres-js or PGlite). */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = "postgres" | "pglite";

export interface Opened {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
}

/** Where the embedded database lives when DATABASE_URL is not set. `memory://` keeps it in RAM. */
export function pgliteDataDir(): string {
  return process.env.LEDE_DATA_DIR ?? path.join(process.cwd(), ".data", "pglite");
}

export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

/**
 * PGlite runs PostgreSQL inside this process's WebAssembly memory, which grows to what
 * PostgreSQL touches and never shrinks: its buffer cache (128 MB by default) and sort or
 * index-build memory are bounded here, so the embedded server stays small. The operating
 * system still caches the data files; PGlite's own cache needs only the hot pages.
 */
export const PGLITE_MEMORY_BOUNDS = ["-c", "shared_buffers=16MB", "-c", "work_mem=4MB", "-c", "maintenance_work_mem=16MB", "-c", "temp_buffers=4MB"];

/** A driver's connection, before Drizzle is put over it. */
interface Connection {
  kind: DatabaseKind;
  wrap: () => Promise<Database>;
  close: () => Promise<void>;
}

async function openConnection(target: { url?: string; dataDir?: string }): Promise<Connection> {
  const url = target.url;
  if (url) {
    const { default: postgres } = await import("postgres");
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      backoff: poolReconnectDelaySeconds,
      onnotice: () => {},
    });
    const wrap = async () => {
      const { drizzle } = await import("drizzle-orm/postgres-js");
      return drizzle(client, { schema }) as unknown as Database;
    };
    return { kind: "postgres", wrap, close: () => client.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const dir = target.dataDir ?? pgliteDataDir();
  // PGlite does not create its parent folder, and has no inter-process lock: one instance per process.
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY_BOUNDS] });
  const wrap = async () => {
    const { drizzle } = await import("drizzle-orm/pglite");
    return drizzle(client, { schema }) as unknown as Database;
  };
  return { kind: "pglite", wrap, close: () => client.close() };
}

/**
 * Seconds the pool waits before a new connection after `failures` failed ones in a row.
 * postgres-js counts failures across the whole pool and by default waits 3^failures/100 s,
 * up to 20 s: the failed requests of a short outage pushed reconnection 10 s past the
 * database's return (CI, faults/postgres-restart). While the database is down the serving
 * layer answers 503 without touching the pool (server/http/database-watch), so a short,
 * capped wait cannot hammer a database that is coming back.
 */
export function poolReconnectDelaySeconds(failures: number): number {
  return Math.min(0.05 * 2 ** failures, 0.5) * (0.5 + Math.random() / 2);
}

/**
 * A single connection to PostgreSQL that only asks `select 1`, for the serving layer's
 * watch (server/http/database-watch): its answer says whether the database answers, never
 * whether the pool is busy. postgres-js reconnects it at the next question after a restart.
 */
export async function openDatabaseProbe(url: string): Promise<{ probe: () => Promise<unknown>; close: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  // No backoff: postgres-js waits longer after each failed connection (up to 20 s), and a probe
  // that failed through an outage would then see the database's return seconds late. It asks
  // once a second at most anyway.
  const client = postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 60, backoff: () => 0, onnotice: () => {} });
  return { probe: () => client`select 1`, close: () => client.end({ timeout: 1 }) };
}

/** Opens a database: PostgreSQL when `url` is given, else PGlite in `dataDir`. */
export async function connect(target: { url?: string; dataDir?: string }): Promise<Opened> {
  const connection = await openConnection(target);
  return { db: await connection.wrap(), kind: connection.kind, close: connection.close };
}

// The connection is one per process, kept on globalThis: dev reloads reuse it, and the
// production server (server/serve.ts) shares it with Next's bundled routes, which load
// this module separately. Each copy of the module puts its own Drizzle over it, so its
// queries use its own copy of the schema.
const holder = globalThis as unknown as { __ledeDbConnection?: Promise<Connection> };
let local: { connection: Promise<Connection>; opened: Promise<Opened> } | undefined;

/** Opens the database once per process. */
export function openDatabase(): Promise<Opened> {
  holder.__ledeDbConnection ??= openConnection({ url: process.env.DATABASE_URL });
  const connection = holder.__ledeDbConnection;
  if (local?.connection !== connection) {
    local = { connection, opened: connection.then(async (c) => ({ db: await c.wrap(), kind: c.kind, close: c.close })) };
  }
  return local.opened;
}

export async function getDb(): Promise<Database> {
  return (await openDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const connection = holder.__ledeDbConnection;
  holder.__ledeDbConnection = undefined;
  local = undefined;
  if (connection) await (await connection).close();
}

/**
 * Runs `work` in a transaction (a savepoint when `db` is one already), handing it the
 * transaction typed as the database: every function that takes a Database runs inside it.
 * The one place Drizzle's transaction type is bridged.
 */
export function inTransaction<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Database));
}
