import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { connect, type Opened } from "./client";
import { migrateDatabase } from "./migrate";

/** The machine's PostgreSQL, for the few tests that need a server several processes can open. */
export const LOCAL_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A fresh, migrated database for one integration test file: a new PostgreSQL database
 * beside `options.server` or DATABASE_URL (dropped afterwards), else an in-memory PGlite.
 */
export async function createTestDatabase(options: { server?: string } = {}): Promise<Opened & { drop: () => Promise<void>; url?: string }> {
  const base = options.server ?? process.env.DATABASE_URL;
  if (!base) {
    const opened = await connect({ dataDir: "memory://" });
    await migrateDatabase(opened);
    return { ...opened, drop: opened.close };
  }
  const name = `lede_it_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const opened = await connect({ url: url.toString() });
  await migrateDatabase(opened);
  return {
    ...opened,
    url: url.toString(),
    drop: async () => {
      await opened.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
