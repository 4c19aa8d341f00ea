import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { staffInvitations, users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/credentials-schema";
import { emailLocale } from "@/lib/email/email-locale";
import { sendEmail } from "@/lib/email/send-email";
import { staffInvitationEmail } from "@/lib/email/staff-invitation-email";
import { AppError } from "@/lib/errors";
import { siteConfig } from "@/lib/site-config";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import type { StaffViewer } from "../permissions";
import { INVITATION_DAYS, newInvitationToken } from "./staff-invitation-token";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const inviteSchema = z.object({
  email: emailSchema.pipe(z.email("Enter a valid e-mail address.")),
  role: z.enum(["author", "editor", "admin"], { error: "Choose a role." }),
});

/**
 * An admin invites an address to a staff role: the address is e-mailed a link, and the
 * role is given only when someone signed in as that address follows it
 * (acceptStaffInvitation), which proves they hold it. A newer invitation of the same
 * address replaces a pending one. Audited; the token is never stored or logged.
 */
export async function inviteStaff(db: Database, options: { actor: StaffViewer; input: unknown; origin: string; now: Date; locale?: Locale }): Promise<{ message: string }> {
  const { email, role } = parseInput(inviteSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const { now } = options;
  const [existing] = await db.select({ role: users.role }).from(users).where(eq(users.email, email)).limit(1);
  if (existing?.role === role) throw new AppError("CONFLICT", `${email} is already ${role}.`, { email: `Already ${role}.` }, { key: "alreadyRole", values: { email, role } }, { email: { key: "alreadyRoleField", values: { role } } });
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await inTransaction(db, async (t) => {
    await t
      .update(staffInvitations)
      .set({ revokedAt: now })
      .where(and(eq(staffInvitations.email, email), isNull(staffInvitations.acceptedAt), isNull(staffInvitations.revokedAt), gt(staffInvitations.expiresAt, now)));
    const [row] = await t.insert(staffInvitations).values({ email, role, tokenHash, invitedBy: options.actor.id, expiresAt, createdAt: now }).returning({ id: staffInvitations.id });
    await recordAudit(t, { actorId: options.actor.id, action: "staff.invite", targetType: "staff-invitation", targetId: row!.id, before: null, after: { email, role, expiresAt: expiresAt.toISOString() } });
  });
  const link = new URL(`/staff-invitation?${new URLSearchParams({ token })}`, options.origin).toString();
  await sendEmail(db, staffInvitationEmail({ to: email, siteName: siteConfig.name, role, link, days: INVITATION_DAYS, locale: await emailLocale(db) }));
  return { message: say("answers.invited", { email, role: say(`roles.${role}`) }) };
}
