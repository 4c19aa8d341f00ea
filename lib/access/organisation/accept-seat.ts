import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationSeats, organisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { AppError } from "@/lib/errors";
import { hashSeatToken, isWellFormedSeatToken } from "./seat-token";

export const EXPIRED_SEAT_LINK = "This invitation has expired, was already used or was withdrawn. Ask the person who invited you for a new one.";

/** The pending invitation a token names, if it still works (for the page the link opens, which changes nothing). */
export async function findSeatInvitation(db: Database, options: { token: unknown; now: Date }): Promise<{ id: number; email: string; organisation: string } | null> {
  if (!isWellFormedSeatToken(options.token)) return null;
  const [row] = await db
    .select({ id: organisationSeats.id, email: organisationSeats.email, organisation: organisations.name })
    .from(organisationSeats)
    .innerJoin(organisations, eq(organisations.id, organisationSeats.organisationId))
    .where(and(eq(organisationSeats.tokenHash, hashSeatToken(options.token)), isNull(organisationSeats.userId), gt(organisationSeats.expiresAt, options.now)))
    .limit(1);
  return row ?? null;
}

/**
 * The invitee takes their seat: signed in with the address the invitation was sent to (the
 * link proves they receive mail there). The token is used up in the statement that fills the
 * seat, so a link works once. Audited.
 */
export async function acceptSeat(db: Database, options: { userId: string; token: unknown; now: Date }): Promise<{ organisation: string }> {
  const invitation = await findSeatInvitation(db, options);
  if (!invitation) throw new AppError("NOT_FOUND", EXPIRED_SEAT_LINK);
  const [member] = await db.select({ email: users.email }).from(users).where(eq(users.id, options.userId)).limit(1);
  if (!member?.email || member.email.toLowerCase() !== invitation.email) {
    throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign in with that address to take the seat.`, {}, { key: "seatForOther", values: { email: invitation.email } });
  }
  const [taken] = await db
    .update(organisationSeats)
    .set({ userId: options.userId, acceptedAt: options.now, tokenHash: null, expiresAt: null })
    .where(and(eq(organisationSeats.id, invitation.id), eq(organisationSeats.tokenHash, hashSeatToken(options.token as string)), isNull(organisationSeats.userId)))
    .returning({ organisationId: organisationSeats.organisationId });
  if (!taken) throw new AppError("NOT_FOUND", EXPIRED_SEAT_LINK);
  await recordAudit(db, { actorId: options.userId, action: "organisation.seat.accept", targetType: "organisation", targetId: taken.organisationId, before: null, after: { seatId: invitation.id, email: invitation.email } });
  return { organisation: invitation.organisation };
}
