import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { connect, type DatabaseKind, type Opened } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sessions, settings } from "@/db/schema";
import type { DatasetSize } from "./dataset-shape";
import { ensureBenchEditor } from "./ensure-bench-editor";
import { LOW_MEMBER, SUBSCRIBER } from "./fixtures";
import { generateArticles } from "./generate-articles";
import { generateMembers } from "./generate-members";

/** Bump when the generated data changes shape, so older benchmark databases are rebuilt. */
const GENERATOR_VERSION = 2;
const MARKER_KEY = "benchDataset";

export interface BenchDatabase {
  kind: DatabaseKind;
  /** What `next start` needs to open this database. */
  env: { DATABASE_URL?: string; LEDE_DATA_DIR?: string };
  /** The PostgreSQL database name, for pg_stat_database counters. */
  pgName: string | null;
  reused: boolean;
  seconds: number;
}

interface Marker {
  version: number;
  articles: number;
  members: number;
}

async function hasMarker(db: Opened["db"], size: DatasetSize): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, MARKER_KEY));
  const marker = row?.value as Partial<Marker> | undefined;
  return marker?.version === GENERATOR_VERSION && marker.articles === size.articles && marker.members === size.members;
}

async function generate(opened: Opened, size: DatasetSize): Promise<void> {
  const now = new Date();
  await generateArticles(opened.db, { count: size.articles, now });
  await generateMembers(opened.db, { count: size.members, now });
  await ensureBenchEditor(opened.db);
  const marker: Marker = { version: GENERATOR_VERSION, ...size };
  await opened.db.insert(settings).values({ key: MARKER_KEY, value: marker });
  // Fresh statistics, so the planner sees the real table sizes from the first request.
  await opened.db.execute(sql`vacuum analyze`);
}

/**
 * Reuses a dataset generated earlier with the same sizes: migrated (it may predate a
 * migration) and its fixture sessions refreshed. False when it must be generated anew.
 */
async function reuseIfCurrent(opened: Opened, size: DatasetSize): Promise<boolean> {
  await migrateDatabase(opened);
  if (!(await hasMarker(opened.db, size))) return false;
  await ensureBenchEditor(opened.db);
  // A fresh "last seen", so no request of the run stops to record it.
  const now = new Date();
  await opened.db
    .update(sessions)
    .set({ lastSeenAt: now, expires: new Date(now.getTime() + 365 * 86_400_000) })
    .where(inArray(sessions.sessionToken, [SUBSCRIBER.token, LOW_MEMBER.token]));
  return true;
}

async function withDatabase<T>(target: { url?: string; dataDir?: string }, work: (opened: Opened) => Promise<T>): Promise<T> {
  const opened = await connect(target);
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

async function preparePostgres(adminUrl: string, size: DatasetSize): Promise<BenchDatabase> {
  const started = Date.now();
  // LEDE_BENCH_DB_PREFIX keeps apart the datasets of branches benchmarked side by side (their migrations differ).
  const prefix = process.env.LEDE_BENCH_DB_PREFIX ?? "lede_bench";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`LEDE_BENCH_DB_PREFIX: not a plain database name: ${prefix}`);
  const name = `${prefix}_a${size.articles}_m${size.members}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = { url: url.toString() };
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
    const reused = exists && (await withDatabase(target, (opened) => reuseIfCurrent(opened, size)));
    if (!reused) {
      // Missing, partial or outdated: start over rather than patch it.
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.unsafe(`create database ${name}`);
      await withDatabase(target, async (opened) => {
        await migrateDatabase(opened);
        await generate(opened, size);
      });
    }
    return { kind: "postgres", env: { DATABASE_URL: target.url }, pgName: name, reused, seconds: (Date.now() - started) / 1000 };
  } finally {
    await admin.end();
  }
}

/** PGlite: a folder per size, closed before `next start` opens it (it has no inter-process lock). */
async function preparePglite(size: DatasetSize): Promise<BenchDatabase> {
  const started = Date.now();
  const dir = path.join(process.cwd(), ".data", `bench-pglite-a${size.articles}-m${size.members}`);
  const target = { dataDir: dir };
  const reused = existsSync(dir) && (await withDatabase(target, (opened) => reuseIfCurrent(opened, size)));
  if (!reused) {
    rmSync(dir, { recursive: true, force: true });
    await withDatabase(target, async (opened) => {
      await migrateDatabase(opened);
      await generate(opened, size);
    });
  }
  return { kind: "pglite", env: { LEDE_DATA_DIR: dir }, pgName: null, reused, seconds: (Date.now() - started) / 1000 };
}

export function prepareBenchDatabase(size: DatasetSize, adminUrl: string | undefined): Promise<BenchDatabase> {
  return adminUrl ? preparePostgres(adminUrl, size) : preparePglite(size);
}
