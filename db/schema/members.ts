import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

/*
 * Members and their sessions (lib/auth, lib/members). Members and staff alike are users. The first five columns are the ones Auth.js' Drizzle adapter expects;
 * the rest is Lede's membership state (s2Member's level, role, complimentary access).
 */
export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    /** Level granted directly by an editor (plans add theirs in billing). 0 = free account. */
    level: integer("level").notNull().default(0),
    role: text("role", { enum: ["reader", "author", "editor", "admin"] }).notNull().default("reader"),
    compLevel: integer("comp_level"),
    compUntil: timestamp("comp_until", { withTimezone: true, mode: "date" }),
    stripeCustomerId: text("stripe_customer_id").unique(),
    createdAt: createdAt(),
  },
  /*
   * For the dashboard (lib/dashboard/load-member-series): accounts by month are counted from
   * the creation dates' index alone, not from every wide row, and the complimentary grants in
   * force are found among the few members who hold one, not by a scan of a million members.
   */
  (t) => [index("users_created_at_idx").on(t.createdAt), index("users_comp_until_idx").on(t.compUntil).where(sql`${t.compLevel} is not null`)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    /** Public handle for a session (the token itself never leaves the cookie). */
    id: text("id").notNull().unique().default(sql`gen_random_uuid()::text`),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Things that happened to a member's sessions and sign-in, shown on the account page (revoked by the device limit, a password dropped when the address was proved, …). */
export const sessionEvents = pgTable(
  "session_events",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["revoked-by-limit", "revoked-by-member", "revoked-by-editor", "password-dropped"] }).notNull(),
    detail: text("detail").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("session_events_user_idx").on(t.userId)],
);

/** Custom capabilities held by a member (s2Member's ccaps), each optionally ending. */
export const memberCcaps = pgTable(
  "member_ccaps",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    ccap: text("ccap").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ccap] })],
);

export type User = typeof users.$inferSelect;
