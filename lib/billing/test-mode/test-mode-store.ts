import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
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

export async function getObject(db: Database, kind: Kind, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await db.select({ data: testModeObjects.data }).from(testModeObjects).where(and(eq(testModeObjects.id, id), eq(testModeObjects.kind, kind))).limit(1);
  return (row?.data as Record<string, unknown> | undefined) ?? null;
}

export async function deleteObject(db: Database, id: string): Promise<void> {
  await db.delete(testModeObjects).where(eq(testModeObjects.id, id));
}
