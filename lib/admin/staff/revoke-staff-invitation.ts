import { and, eq, isNull } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { staffInvitations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import type { StaffViewer } from "../permissions";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** An admin withdraws a pending invitation: its link stops working. Audited. */
export async function revokeStaffInvitation(db: Database, options: { actor: StaffViewer; invitationId: number; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  return inTransaction(db, async (t) => {
    const [row] = await t
      .update(staffInvitations)
      .set({ revokedAt: options.now })
      .where(and(eq(staffInvitations.id, options.invitationId), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt)))
      .returning({ email: staffInvitations.email, role: staffInvitations.role });
    if (!row) throw new AppError("NOT_FOUND", "No pending invitation with this id.");
    await recordAudit(t, { actorId: options.actor.id, action: "staff.invitation-revoked", targetType: "staff-invitation", targetId: options.invitationId, before: { email: row.email, role: row.role }, after: null });
    return { message: say("answers.invitationWithdrawn", { email: row.email }) };
  });
}
