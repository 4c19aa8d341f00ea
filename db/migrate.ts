import path from "node:path";
import type { Database, DatabaseKind } from "./client";
import { openDatabase } from "./client";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies every drizzle-kit migration in db/migrations, on either driver. */
export async function migrateDatabase(target?: { db: Database; kind: DatabaseKind }): Promise<void> {
  const { db, kind } = target ?? (await openDatabase());
  // One Database type covers both drivers; each migrator only needs its own dialect session.
  if (kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db as never, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder });
  }
}
