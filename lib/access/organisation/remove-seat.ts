import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationSeats } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";
import { requireManager } from "./load-managed-organisation";

/**
 * A manager frees a seat (a holder's or a pending invitation): the row goes, so the next
 * request of its holder no longer carries the organisation (their grants are read with the
 * session on every request). Audited.
 */
export async function removeSeat(db: Database, options: { managerId: string; organisationId: number; seatId: number }): Promise<{ message: string }> {
  await requireManager(db, { userId: options.managerId, organisationId: options.organisationId });
  const [before] = await db
    .delete(organisationSeats)
    .where(and(eq(organisationSeats.id, options.seatId), eq(organisationSeats.organisationId, options.organisationId)))
    .returning({ id: organisationSeats.id, email: organisationSeats.email, userId: organisationSeats.userId });
  if (!before) throw new AppError("NOT_FOUND", "No such seat.");
  await recordAudit(db, { actorId: options.managerId, action: "organisation.seat.remove", targetType: "organisation", targetId: options.organisationId, before, after: null });
  return { message: `Removed ${before.email}.` };
}
