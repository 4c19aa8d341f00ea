import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/* Newsletters, members' opt-ins, and the e-mail outbox they are sent from (lib/newsletters). */

/** A newsletter editors define: sent per article, or as a digest of the pieces since its last issue. */
export const newsletters = pgTable("newsletters", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  cadence: text("cadence", { enum: ["per-article", "digest"] }).notNull().default("per-article"),
  /** The sections (categories, with their sub-sections) it follows; empty follows every section. */
  categoryIds: integer("category_ids").array().notNull().default(sql`'{}'::int[]`),
  /** The end of the period the last digest covered (a digest collects what was published after it). */
  lastDigestAt: timestamp("last_digest_at", { withTimezone: true, mode: "date" }),
  createdAt: createdAt(),
});

/** A member's opt-in to a newsletter; deleting the account removes it (cascade). */
export const newsletterOptIns = pgTable(
  "newsletter_opt_ins",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    newsletterId: integer("newsletter_id").notNull().references(() => newsletters.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.newsletterId] }), index("newsletter_opt_ins_newsletter_idx").on(t.newsletterId)],
);

/**
 * One message to many: an article or a digest to a newsletter's subscribers, a message to a
 * members' segment, or a test to one editor. `dedupeKey` makes "send this piece to this
 * newsletter" happen once however often it is clicked.
 */
export const emailIssues = pgTable("email_issues", {
  id: serial("id").primaryKey(),
  kind: text("kind", { enum: ["article", "digest", "segment", "test"] }).notNull(),
  newsletterId: integer("newsletter_id").references(() => newsletters.id, { onDelete: "set null" }),
  subject: text("subject").notNull(),
  articleIds: integer("article_ids").array().notNull().default(sql`'{}'::int[]`),
  /** A segment message's own text (Markdown), rendered when sent. */
  bodyMarkdown: text("body_markdown").notNull().default(""),
  /** The members list's filter a segment message was sent to (for the record). */
  segment: jsonb("segment"),
  dedupeKey: text("dedupe_key").unique(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

/**
 * The outbox: one row per recipient of an issue, at most one (the unique key). The sender
 * claims pending rows (status `sending`) in a committed transaction, sends, then marks them
 * `sent`; a row still `sending` after a crash becomes `unconfirmed` and is never sent again.
 */
export const emailDeliveries = pgTable(
  "email_deliveries",
  {
    id: serial("id").primaryKey(),
    issueId: integer("issue_id").notNull().references(() => emailIssues.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    status: text("status", { enum: ["pending", "sending", "sent", "bounced", "failed", "unconfirmed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    notBefore: timestamp("not_before", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
    error: text("error"),
  },
  (t) => [unique("email_deliveries_issue_user_key").on(t.issueId, t.userId), index("email_deliveries_status_idx").on(t.status, t.notBefore)],
);

/** Addresses not to send to: a permanent rejection (bounce) or a complaint. */
export const emailSuppressions = pgTable("email_suppressions", {
  email: text("email").primaryKey(),
  kind: text("kind", { enum: ["bounce", "complaint"] }).notNull(),
  detail: text("detail").notNull().default(""),
  createdAt: createdAt(),
});

export type Newsletter = typeof newsletters.$inferSelect;
