import { count, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationSeats } from "@/db/schema";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { seatInvitationEmail } from "@/lib/email/seat-invitation-email";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { isUniqueViolation } from "@/lib/validation/is-unique-violation";
import { requireManager } from "./load-managed-organisation";
import { newSeatToken } from "./seat-token";

/** How long an invitation's link works. */
export const SEAT_INVITATION_DAYS = 14;

/**
 * A manager invites an address to one of their organisation's seats: a pending invitation
 * takes a seat at once (so a full organisation cannot over-invite), and the address gets a
 * link the invitee follows once signed in with that address. Audited.
 */
export async function inviteToSeat(db: Database, options: { managerId: string; organisationId: number; email: unknown; origin: string; now: Date }): Promise<{ message: string; seatId: number }> {
  const parsed = emailSchema.safeParse(options.email);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Enter a valid e-mail address.", { email: "Enter a valid e-mail address." });
  const email = parsed.data.toLowerCase();
  const organisation = await requireManager(db, { userId: options.managerId, organisationId: options.organisationId });
  const { token, hash } = newSeatToken();
  const expiresAt = new Date(options.now.getTime() + SEAT_INVITATION_DAYS * 86_400_000);
  const seatId = await db.transaction(async (t) => {
    // Serialises invitations to one organisation, so two at once cannot both take its last seat.
    await t.execute(sqlLock(options.organisationId));
    const [taken] = await t.select({ n: count() }).from(organisationSeats).where(eq(organisationSeats.organisationId, options.organisationId));
    if ((taken?.n ?? 0) >= organisation.seats) {
      throw new AppError("CONFLICT", `All ${organisation.seats} seat(s) of ${organisation.name} are taken. Remove one first.`, { email: "No seat is free." }, { key: "seatsFull", values: { seats: organisation.seats, organisation: organisation.name } });
    }
    try {
      const [seat] = await t.insert(organisationSeats).values({ organisationId: options.organisationId, email, tokenHash: hash, invitedBy: options.managerId, expiresAt, createdAt: options.now }).returning({ id: organisationSeats.id });
      await recordAudit(t, { actorId: options.managerId, action: "organisation.seat.invite", targetType: "organisation", targetId: options.organisationId, before: null, after: { seatId: seat!.id, email } });
      return seat!.id;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", `${email} already has a seat or an invitation.`, { email: "Already invited." }, { key: "alreadySeated", values: { email } });
      throw e;
    }
  });
  const url = new URL(`/account/organisation/accept?${new URLSearchParams({ token })}`, options.origin).toString();
  await sendEmail(db, seatInvitationEmail({ site: siteConfig.name, organisation: organisation.name, to: email, url, days: SEAT_INVITATION_DAYS, locale: await emailLocale(db) }));
  return { message: `Invited ${email}.`, seatId };
}

function sqlLock(organisationId: number) {
  return sql`select pg_advisory_xact_lock(hashtext('organisation_seats'), ${organisationId})`;
}
