import type { SQL } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * Runs a read-only aggregate and returns its rows on both drivers (postgres-js answers an
 * array, PGlite `{ rows }`). The dashboard's queries cast every column to int, float8 or
 * text in SQL, so the two drivers give the same JavaScript values.
 */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
