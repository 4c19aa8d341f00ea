import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isTextId } from "@/lib/validation/ids";
import { canActOnMember, type StaffViewer } from "../permissions";

export interface MemberTarget {
  email: string | null;
  role: StaffViewer["role"];
  /** Whether the owner of the address has proved it (an e-mail link or code); a password sign-up does not. */
  isVerified: boolean;
}

/**
 * The account a staff action names, once the actor may act on it (canActOnMember):
 * NOT_FOUND when there is none, FORBIDDEN when it is at or above the actor's role.
 */
export async function loadMemberTarget(db: Database, actor: StaffViewer, userId: string): Promise<MemberTarget> {
  if (!isTextId(userId)) throw new AppError("NOT_FOUND", "This member does not exist.");
  const [user] = await db.select({ email: users.email, role: users.role, emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", "This member does not exist.");
  if (!canActOnMember(actor.role, user.role)) throw new AppError("FORBIDDEN", `Only an admin can change a ${user.role}'s account.`, {}, { key: "onlyAdminChanges", values: { role: user.role } });
  return { email: user.email, role: user.role, isVerified: user.emailVerified !== null };
}

/** The column behind MemberTarget.isVerified, for lists that show it. */
export const isVerifiedSql = () => sql<boolean>`${users.emailVerified} is not null`;
