import { sql, type SQL } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";

/**
 * Runs one of the dashboard's read-only aggregates and returns its rows on both drivers
 * (postgres-js answers an array, PGlite `{ rows }`; every column is cast to int, float8 or
 * text in SQL, so both give the same values). In its own transaction, with JIT off and
 * room to sort in memory: the planner prices a months × subscriptions join high enough to
 * JIT-compile it, which took seconds for a query that runs in tens of milliseconds.
 */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await inTransaction(db, async (t) => {
    await t.execute(sql`set local jit = off`);
    await t.execute(sql`set local work_mem = '32MB'`);
    return t.execute(query);
  });
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
