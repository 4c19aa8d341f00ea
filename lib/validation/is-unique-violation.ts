/** Whether a database error is a unique-constraint violation (PostgreSQL 23505), as postgres-js or PGlite raise it through Drizzle. */
export function isUniqueViolation(e: unknown): boolean {
  const error = e as { code?: unknown; cause?: { code?: unknown } };
  return String(error.cause?.code ?? error.code) === "23505";
}
