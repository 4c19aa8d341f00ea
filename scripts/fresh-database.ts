import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** A database made for one run: the variables that point the server at it, and how to drop it. */
export interface FreshDatabase {
  env: { DATABASE_URL?: string; LEDE_DATA_DIR?: string };
  drop(): Promise<void>;
}

/**
 * An empty database for one run of a launcher (the e2e suite, the Lighthouse run): a new
 * PostgreSQL database `<prefix>_<pid>` beside DATABASE_URL when it is set, else a fresh PGlite
 * folder `.data/<folder>`. Migrate and seed it with prepareDatabase once its variables are set.
 */
export async function freshDatabase(options: { prefix: string; folder: string }): Promise<FreshDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = path.join(process.cwd(), ".data", options.folder);
    rmSync(dataDir, { recursive: true, force: true });
    return { env: { LEDE_DATA_DIR: dataDir }, drop: async () => {} };
  }
  const name = `${options.prefix}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
