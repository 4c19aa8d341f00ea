import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { preparedStatement } from "@/db/prepared-statement";
import { testModeObjects } from "@/db/schema";

type Kind = (typeof testModeObjects.$inferSelect)["kind"];

/** Stripe-style ids for test-mode objects: `sub_test_…`, `cus_test_…`. */
export function testId(prefix: string): string {
  return `${prefix}_test_${randomBytes(9).toString("base64url")}`;
}

export async function putObject(db: Database, kind: Kind, id: string, data: Record<string, unknown>): Promise<void> {
  await db
    .insert(testModeObjects)
    .values({ id, kind, data })
    .onConflictDoUpdate({ target: testModeObjects.id, set: { data, updatedAt: sql`now()` } });
}

// Every test-mode webhook reads the "Stripe" copy of its subscription: built once, prepared.
const objectById = preparedStatement((db) =>
  db
    .select({ data: testModeObjects.data })
    .from(testModeObjects)
    .where(and(eq(testModeObjects.id, sql.placeholder("id")), eq(testModeObjects.kind, sql.placeholder("kind"))))
    .limit(1)
    .prepare("lede_test_mode_object"),
);

export async function getObject(db: Database, kind: Kind, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await objectById(db).execute({ id, kind });
  return (row?.data as Record<string, unknown> | undefined) ?? null;
}

export async function deleteObject(db: Database, id: string): Promise<void> {
  await db.delete(testModeObjects).where(eq(testModeObjects.id, id));
}
