import { and, eq, isNull } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { staffInvitations, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { loadStaffInvitation, type InvitationState } from "./load-staff-invitation";

const REFUSED: Record<Exclude<InvitationState, "open">, string> = {
  unknown: "This invitation link is not valid. Ask an administrator for a new one.",
  expired: "This invitation has expired. Ask an administrator for a new one.",
  used: "This invitation was already accepted.",
  revoked: "This invitation was withdrawn. Ask an administrator for a new one.",
};

/**
 * The invitee follows the e-mailed link, signed in: only the account whose address the
 * invitation was sent to may accept it (the link proves they hold the address, so it is
 * marked verified), and it gains the role once. Audited as the invitation's acceptance
 * and as a role change by the inviting admin.
 */
export async function acceptStaffInvitation(db: Database, options: { userId: string; token: unknown; now: Date }): Promise<{ message: string; role: string }> {
  const { now } = options;
  return inTransaction(db, async (t) => {
    const { state, invitation } = await loadStaffInvitation(t, options.token, now);
    if (state !== "open" || !invitation) throw new AppError(state === "unknown" ? "NOT_FOUND" : "CONFLICT", REFUSED[state === "open" ? "unknown" : state]);
    const [user] = await t.select({ email: users.email, role: users.role, emailVerified: users.emailVerified }).from(users).where(eq(users.id, options.userId)).limit(1).for("update");
    if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in.");
    if (user.email?.toLowerCase() !== invitation.email) {
      throw new AppError("FORBIDDEN", "This invitation was sent to another address. Sign in with the address that received it, then open the link again.");
    }
    const claimed = await t
      .update(staffInvitations)
      .set({ acceptedAt: now, acceptedBy: options.userId })
      .where(and(eq(staffInvitations.id, invitation.id), isNull(staffInvitations.acceptedAt)))
      .returning({ id: staffInvitations.id });
    if (claimed.length === 0) throw new AppError("CONFLICT", REFUSED.used);
    // An admin invited to be an author stays admin: an invitation never lowers a role.
    const RANK = { reader: 0, author: 1, editor: 2, admin: 3 } as const;
    const role = RANK[invitation.role] > RANK[user.role] ? invitation.role : user.role;
    await t.update(users).set({ role, emailVerified: user.emailVerified ?? now }).where(eq(users.id, options.userId));
    await recordAudit(t, { actorId: options.userId, action: "staff.invitation-accepted", targetType: "staff-invitation", targetId: invitation.id, before: null, after: { email: invitation.email, role: invitation.role } });
    if (role !== user.role) {
      await recordAudit(t, { actorId: invitation.invitedBy ?? options.userId, action: "role.change", targetType: "member", targetId: options.userId, before: { role: user.role }, after: { role }, reason: "staff invitation accepted" });
    }
    return { message: `Welcome: you are now ${role}.`, role };
  });
}
