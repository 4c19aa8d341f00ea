import { and, desc, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { staffInvitations } from "@/db/schema";

/** Invitations still waiting for their invitee, newest first. */
export async function listPendingInvitations(db: Database, now: Date) {
  return db
    .select({ id: staffInvitations.id, email: staffInvitations.email, role: staffInvitations.role, expiresAt: staffInvitations.expiresAt, createdAt: staffInvitations.createdAt })
    .from(staffInvitations)
    .where(and(isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now)))
    .orderBy(desc(staffInvitations.createdAt));
}
