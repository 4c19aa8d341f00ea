import type { Query, SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "./client";

/*
 * Hot paths only. On postgres-js an unprepared statement with parameters takes two round
 * trips (Parse/Describe, then Bind/Execute); a prepared one takes one once the connection
 * knows it, and building a statement once skips Drizzle's query building (on the webhook,
 * as much CPU as the round trips). Each distinct SQL text stays prepared on every
 * connection that ran it, so only fixed texts belong here.
 */

/** A Drizzle statement with placeholders, built once per database (or transaction) object, sent prepared. */
export function preparedStatement<Statement>(build: (db: Database) => Statement): (db: Database) => Statement {
  const built = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) built.set(db, (statement = build(db)));
    return statement;
  };
}

const dialect = new PgDialect();

/**
 * One `sql` template with placeholders, built once, run as a prepared statement on any
 * database or transaction. Rows come as the driver gives them, so every column needs an
 * alias and a type both drivers return alike (no bare timestamps: PGlite gives a Date,
 * postgres-js under Drizzle a string); placeholder values skip Drizzle's column encoders
 * (send a time as an ISO string).
 */
export function preparedSql<Row>(name: string, build: () => SQL): (db: Database, values: Record<string, unknown>) => Promise<Row[]> {
  let query: Query | undefined;
  return async (db, values) => {
    query ??= dialect.sqlToQuery(build());
    const result: unknown = await db._.session.prepareQuery(query, undefined, name, false).execute(values);
    return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
  };
}
