import { sql } from "drizzle-orm";
import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { articles } from "./content";
import { users } from "./members";

/*
 * The doors of lib/access beyond levels and plans. A member's free-article meter: one row
 * per article unlocked by the meter (anonymous readers count in a signed cookie instead);
 * the period's count is the distinct articles since the period began.
 */
export const meterReads = pgTable(
  "meter_reads",
  {
    memberId: text("member_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("meter_reads_member_idx").on(t.memberId, t.readAt)],
);

/*
 * Gift links (lib/access/gift): a subscriber's, or an editor's publisher link, to one
 * article. The token in the address names the row and is signed (lib/access/gift/gift-token);
 * the row is what can be revoked, expire, and count its opens.
 */
export const giftLinks = pgTable(
  "gift_links",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The member who gives it, or the editor who made a publisher link. */
    giverId: text("giver_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["member", "publisher"] }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    /** Null: no limit. */
    maxOpens: integer("max_opens"),
    opens: integer("opens").notNull().default(0),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("gift_links_giver_idx").on(t.giverId, t.createdAt)],
);

/*
 * Organisations with institutional access (lib/access/institution): what they are granted,
 * for how long, and the address ranges (CIDR, IPv4 or IPv6) whose readers read as them.
 */
export const organisations = pgTable("organisations", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  level: integer("level"),
  ccaps: text("ccaps").array().notNull().default(sql`'{}'::text[]`),
  startsAt: timestamp("starts_at", { withTimezone: true, mode: "date" }),
  endsAt: timestamp("ends_at", { withTimezone: true, mode: "date" }),
  /** Normalised CIDR ranges (lib/access/institution/parse-ip-ranges). */
  ipRanges: text("ip_ranges").array().notNull().default(sql`'{}'::text[]`),
  /** Lower-case domains: a member whose proved address is at one (or a subdomain) reads as the organisation. */
  emailDomains: text("email_domains").array().notNull().default(sql`'{}'::text[]`),
  /** Seats its managers fill by invitation (db/schema/organisation-access); 0 = none. */
  seats: integer("seats").notNull().default(0),
  createdAt: createdAt(),
});
