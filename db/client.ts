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

/** Opens a database: PostgreSQL when `url` is given, else PGlite in `dataDir`. */
export async function connect(target: { url?: string; dataDir?: string }): Promise<Opened> {
  const url = target.url;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    return { db: drizzle(client, { schema }) as unknown as Database, kind: "postgres", close: () => client.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = target.dataDir ?? pgliteDataDir();
  // PGlite does not create its parent folder, and has no inter-process lock: one instance per process.
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  return { db: drizzle(client, { schema }) as unknown as Database, kind: "pglite", close: () => client.close() };
}

const holder = globalThis as unknown as { __ledeDb?: Promise<Opened> };

/** Opens the database once per process (kept on globalThis so dev reloads reuse it). */
export function openDatabase(): Promise<Opened> {
  holder.__ledeDb ??= connect({ url: process.env.DATABASE_URL });
  return holder.__ledeDb;
}

export async function getDb(): Promise<Database> {
  return (await openDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const opened = holder.__ledeDb;
  holder.__ledeDb = undefined;
  if (opened) await (await opened).close();
}
