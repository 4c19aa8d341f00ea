import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/* Newsroom state: settings, the capability catalogue, audit log, outbox, rate limits (lib/settings, lib/admin). */

/** Newsroom settings as typed JSON values, read through lib/settings. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
});

/** Catalogue of custom capabilities editors can grant. */
export const ccapCatalogue = pgTable("ccap_catalogue", {
  name: text("name").primaryKey(),
  /** What readers see ("The Libya dossier"); empty: the name, made readable (lib/billing/offer/ccap-label). */
  label: text("label").notNull().default(""),
  description: text("description").notNull().default(""),
});

/** Development outbox: e-mails that would have been sent when no SMTP server is configured. */
export const outbox = pgTable("outbox", {
  id: serial("id").primaryKey(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  /** The HTML part and the headers, when the message has them (newsletters). */
  html: text("html"),
  headers: jsonb("headers").$type<Record<string, string>>(),
  createdAt: createdAt(),
});

/** Fixed-window counters for rate limits, shared by every instance through the database. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true, mode: "date" }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export const seedMarker = pgTable("seed_marker", {
  id: integer("id").primaryKey(),
  seededAt: createdAt(),
  demoAccounts: boolean("demo_accounts").notNull().default(false),
});

/** Who changed what, from what to what, and why: requirements, levels, ccaps, roles, settings. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId), index("audit_log_created_idx").on(t.createdAt)],
);
