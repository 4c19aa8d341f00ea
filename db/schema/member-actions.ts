import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/*
 * Staff actions on members and staff (lib/admin/members, lib/admin/staff): refunds staff
 * made from a member's page, and invitations to join the staff.
 */

/**
 * A refund staff made of a member's payment, recorded against the invoice it paid
 * (invoices.id). Like invoices, a refund is a financial record and outlives the member.
 */
export const invoiceRefunds = pgTable(
  "invoice_refunds",
  {
    /** Stripe's refund id (re_…), or the test mode's. */
    id: text("id").primaryKey(),
    invoiceId: text("invoice_id").notNull(),
    /** The charge Stripe refunded: its charge.refunded webhook finds the policy already carried out. */
    chargeId: text("charge_id"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("invoice_refunds_invoice_idx").on(t.invoiceId), index("invoice_refunds_charge_idx").on(t.chargeId)],
);

/**
 * An admin's invitation of an address to a staff role. The token is e-mailed; only its
 * SHA-256 is kept. Accepting it (signed in as that address) proves the address and gives the role.
 */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    role: text("role", { enum: ["author", "editor", "admin"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("staff_invitations_email_idx").on(t.email)],
);

export type StaffInvitation = typeof staffInvitations.$inferSelect;
