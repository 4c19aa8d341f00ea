import { date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { articles } from "./content";
import { organisations } from "./access";
import { users } from "./members";

/* An organisation's managers: members who fill its seats from /account/organisation. */
export const organisationManagers = pgTable(
  "organisation_managers",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_managers_user_idx").on(t.userId)],
);

/*
 * A seat: invited by address (pending while userId is null; the e-mailed link carries a token
 * whose hash is kept), then held by the member who accepted it. Removing a seat deletes the row.
 */
export const organisationSeats = pgTable(
  "organisation_seats",
  {
    id: serial("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenHash: text("token_hash"),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organisation_seats_email_idx").on(t.organisationId, t.email),
    uniqueIndex("organisation_seats_token_idx").on(t.tokenHash),
    index("organisation_seats_user_idx").on(t.userId),
  ],
);

/*
 * Reads of gated articles granted through an organisation (address range, e-mail domain or
 * seat), counted per month and article: one upsert per read, what a newsroom shows at renewal.
 */
export const organisationReads = pgTable(
  "organisation_reads",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The first day of the month (UTC). */
    month: date("month", { mode: "string" }).notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    via: text("via", { enum: ["range", "domain", "seat"] }).notNull(),
    reads: integer("reads").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.month, t.articleId, t.via] })],
);
