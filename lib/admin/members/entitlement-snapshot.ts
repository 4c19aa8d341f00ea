import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberCcaps, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface EntitlementSnapshot {
  level: number;
  compLevel: number | null;
  compUntil: Date | null;
  ccaps: { name: string; expiresAt: Date | null }[];
}

/** A member's editor-managed entitlements as they are now (to record before → after). */
export async function entitlementSnapshot(db: Database, userId: string): Promise<EntitlementSnapshot> {
  const [user] = await db.select({ level: users.level, compLevel: users.compLevel, compUntil: users.compUntil }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", "This member does not exist.");
  const ccaps = await db.select({ name: memberCcaps.ccap, expiresAt: memberCcaps.expiresAt }).from(memberCcaps).where(eq(memberCcaps.userId, userId));
  return { ...user, ccaps: ccaps.sort((a, b) => a.name.localeCompare(b.name)) };
}
