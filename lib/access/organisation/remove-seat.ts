import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationSeats } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { requireManager } from "./load-managed-organisation";

/**
 * A manager frees a seat (a holder's or a pending invitation): the row goes, so the next
 * request of its holder no longer carries the organisation (their grants are read with the
 * session on every request). Audited.
 */
export async function removeSeat(db: Database, options: { managerId: string; organisationId: number; seatId: number }): Promise<{ message: string }> {
  await requireManager(db, { userId: options.managerId, organisationId: options.organisationId });
  const { email } = await freeSeat(db, { actorId: options.managerId, organisationId: options.organisationId, seatId: options.seatId });
  return { message: `Removed ${email}.` };
}

/**
 * The newsroom frees a seat of any organisation (the route has checked the staff role):
 * the same removal as a manager's, with the staff member's reason in the audit log.
 */
export async function removeSeatAsStaff(db: Database, options: { actorId: string; organisationId: number; seatId: number; reason?: string; locale?: Locale }): Promise<{ message: string }> {
  const { email } = await freeSeat(db, options);
  return { message: translator(options.locale ?? DEFAULT_LOCALE, "adminPeople")("answers.seatRemoved", { email }) };
}

async function freeSeat(db: Database, options: { actorId: string; organisationId: number; seatId: number; reason?: string }): Promise<{ email: string }> {
  const [before] = await db
    .delete(organisationSeats)
    .where(and(eq(organisationSeats.id, options.seatId), eq(organisationSeats.organisationId, options.organisationId)))
    .returning({ id: organisationSeats.id, email: organisationSeats.email, userId: organisationSeats.userId });
  if (!before) throw new AppError("NOT_FOUND", "No such seat.");
  await recordAudit(db, { actorId: options.actorId, action: "organisation.seat.remove", targetType: "organisation", targetId: options.organisationId, before, after: null, reason: options.reason ?? "" });
  return { email: before.email };
}
