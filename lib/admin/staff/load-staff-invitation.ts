import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { staffInvitations, users, type StaffInvitation } from "@/db/schema";
import { hashInvitationToken, isInvitationTokenShape } from "./staff-invitation-token";

export type InvitationState = "open" | "unknown" | "expired" | "used" | "revoked";

/**
 * The invitation a link names, and whether it can still be accepted: not used, revoked or
 * expired, and its inviter still an admin (an admin who lost the role cannot hand it out).
 */
export async function loadStaffInvitation(db: Database, token: unknown, now: Date): Promise<{ state: InvitationState; invitation: StaffInvitation | null }> {
  if (!isInvitationTokenShape(token)) return { state: "unknown", invitation: null };
  const [row] = await db
    .select({ invitation: staffInvitations, inviterRole: users.role })
    .from(staffInvitations)
    .leftJoin(users, eq(users.id, staffInvitations.invitedBy))
    .where(eq(staffInvitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) return { state: "unknown", invitation: null };
  const { invitation } = row;
  if (invitation.acceptedAt) return { state: "used", invitation };
  if (invitation.revokedAt || row.inviterRole !== "admin") return { state: "revoked", invitation };
  if (invitation.expiresAt <= now) return { state: "expired", invitation };
  return { state: "open", invitation };
}
