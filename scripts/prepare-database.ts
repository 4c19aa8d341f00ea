/**
 * Migrates and (once) seeds the database: the embedded PGlite folder by default, or
 * PostgreSQL when DATABASE_URL is set. `npm start` and the test setup both run it.
 */
import { closeDatabase, databaseKind, openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDatabase } from "./seed/seed";

/** Returns whether the database was seeded just now (a new database). */
export async function prepareDatabase(): Promise<{ seeded: boolean }> {
  const started = Date.now();
  await migrateDatabase();
  const isProduction = process.env.NODE_ENV === "production";
  const demoAccounts = !isProduction || process.env.LEDE_SEED_DEMO_ACCOUNTS === "1";
  if (isProduction && process.env.LEDE_SEED_DEMO_ACCOUNTS !== "1") {
    console.log("[lede] NODE_ENV=production: demo accounts are not created (set LEDE_SEED_DEMO_ACCOUNTS=1 to force).");
  }
  const { db } = await openDatabase();
  const result = process.env.LEDE_SKIP_SEED === "1" ? "skipped" : await seedDatabase(db, { demoAccounts });
  console.log(`[lede] database (${databaseKind()}) migrated, seed: ${result} in ${Date.now() - started} ms`);
  await closeDatabase();
  return { seeded: result === "seeded" };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((e: unknown) => {
    console.error("[lede] database preparation failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
