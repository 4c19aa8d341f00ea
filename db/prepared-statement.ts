import type { Database } from "./client";

/**
 * A statement built by Drizzle once per database (or transaction) object and sent as a
 * server-side prepared statement. On postgres-js an unprepared statement with parameters
 * takes two round trips (Parse/Describe, then Bind/Execute); a prepared one takes one once
 * the connection knows it, and later calls on the same object skip Drizzle's query building.
 * For hot paths only: each distinct SQL text stays prepared on every connection that ran it.
 */
export function preparedStatement<Statement>(build: (db: Database) => Statement): (db: Database) => Statement {
  const built = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) built.set(db, (statement = build(db)));
    return statement;
  };
}
