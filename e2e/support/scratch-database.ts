import { spawnSync } from "node:child_process";
import postgres from "postgres";

export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A new PostgreSQL database, migrated and seeded with the demo newsroom, beside
 * `base` (DATABASE_URL, or 127.0.0.1:5432 when the suite runs on PGlite): several server
 * instances can share it, which a PGlite folder cannot.
 */
export async function createScratchDatabase(name: string, base = process.env.DATABASE_URL ?? "postgres://127.0.0.1:5432/postgres"): Promise<ScratchDatabase> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  // Demo accounts are only seeded outside production.
  const env: Record<string, string | undefined> = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV")), DATABASE_URL: url.toString() };
  const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], { env: env as NodeJS.ProcessEnv, encoding: "utf8" });
  if (prepared.status !== 0) {
    await drop();
    throw new Error(`preparing ${name} failed:\n${prepared.stdout}\n${prepared.stderr}`);
  }
  return { url: url.toString(), drop };
}
