import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

/* Billing (lib/billing): plans, subscriptions, Stripe events, invoices, entitlement history. */

/** A plan sells a level (and optional ccaps) for a Stripe price. Amounts are in minor units. */
export const plans = pgTable("plans", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  benefits: text("benefits").array().notNull().default(sql`'{}'::text[]`),
  level: integer("level").notNull(),
  ccaps: text("ccaps").array().notNull().default(sql`'{}'::text[]`),
  amount: integer("amount").notNull(),
  currency: text("currency").notNull().default("eur"),
  interval: text("interval", { enum: ["month", "year"] }).notNull().default("month"),
  trialDays: integer("trial_days").notNull().default(0),
  /** active: offered on /subscribe; hidden: still honoured for existing subscribers but not offered. */
  status: text("status", { enum: ["active", "hidden"] }).notNull().default("active"),
  /** The current price, the one new checkouts use; every price the plan ever had is in plan_prices. */
  stripePriceId: text("stripe_price_id").unique(),
  stripeProductId: text("stripe_product_id"),
  position: integer("position").notNull().default(0),
  createdAt: createdAt(),
});

/**
 * Every price a plan ever had (the current one is plans.stripe_price_id): a subscriber
 * still paying an old price keeps the plan's access, and their changes are never dropped.
 */
export const planPrices = pgTable("plan_prices", {
  stripePriceId: text("stripe_price_id").primaryKey(),
  planId: integer("plan_id")
    .notNull()
    .references(() => plans.id, { onDelete: "cascade" }),
  amount: integer("amount").notNull(),
  currency: text("currency").notNull(),
  interval: text("interval", { enum: ["month", "year"] }).notNull(),
  createdAt: createdAt(),
});

/**
 * Our copy of a Stripe subscription's current state, always overwritten from the newest
 * state (re-read from Stripe), never patched event by event.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    customerId: text("customer_id").notNull(),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "set null" }),
    priceId: text("price_id").notNull(),
    status: text("status").notNull(),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true, mode: "date" }),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true, mode: "date" }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    cancelAt: timestamp("cancel_at", { withTimezone: true, mode: "date" }),
    canceledAt: timestamp("canceled_at", { withTimezone: true, mode: "date" }),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
    trialEnd: timestamp("trial_end", { withTimezone: true, mode: "date" }),
    /** Set when a refund or dispute revoked access under the editors' policy. */
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedReason: text("revoked_reason"),
    amount: integer("amount"),
    currency: text("currency"),
    interval: text("interval"),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }),
    syncedAt: timestamp("synced_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("subscriptions_user_idx").on(t.userId), index("subscriptions_customer_idx").on(t.customerId)],
);

/** Every Stripe event id seen: a replay finds its row and changes nothing. */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }).notNull(),
  receivedAt: createdAt(),
  outcome: text("outcome").notNull().default("processed"),
});

/**
 * Invoices are financial records and outlive a deleted account (lib/account/delete-account):
 * the member's row goes, user_id becomes null and member_reference holds an anonymous
 * reference shared by that former member's invoices.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: text("id").primaryKey(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    memberReference: text("member_reference"),
    subscriptionId: text("subscription_id"),
    status: text("status").notNull(),
    amountDue: integer("amount_due").notNull().default(0),
    amountPaid: integer("amount_paid").notNull().default(0),
    currency: text("currency").notNull(),
    hostedInvoiceUrl: text("hosted_invoice_url"),
    periodStart: timestamp("period_start", { withTimezone: true, mode: "date" }),
    periodEnd: timestamp("period_end", { withTimezone: true, mode: "date" }),
    stripeCreatedAt: timestamp("stripe_created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("invoices_user_idx").on(t.userId), index("invoices_subscription_idx").on(t.subscriptionId)],
);

/**
 * What a member could read, each time it changed: level and ccaps before and after,
 * and why (a Stripe event id, or an editor). Never deleted.
 */
export const entitlementHistory = pgTable(
  "entitlement_history",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    fromLevel: integer("from_level"),
    toLevel: integer("to_level"),
    fromCcaps: text("from_ccaps").array().notNull().default(sql`'{}'::text[]`),
    toCcaps: text("to_ccaps").array().notNull().default(sql`'{}'::text[]`),
    cause: text("cause").notNull(),
    actorId: text("actor_id"),
    createdAt: createdAt(),
  },
  (t) => [index("entitlement_history_user_idx").on(t.userId)],
);

/** Local test checkout (no Stripe keys): the "Stripe side" of test-mode subscriptions. */
export const testModeObjects = pgTable("test_mode_objects", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: ["customer", "subscription", "checkout_session", "invoice"] }).notNull(),
  data: jsonb("data").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/* ---------- Newsroom (lib/admin) ---------- */

export type Plan = typeof plans.$inferSelect;
export type PlanPrice = typeof planPrices.$inferSelect;
export type Subscription = typeof subscriptions.$inferSelect;
