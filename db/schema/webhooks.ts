import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./members";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/*
 * Outgoing webhooks (lib/webhooks). An endpoint is registered by an admin; an event is
 * written in the same transaction as the change that causes it, with one delivery per
 * endpoint that listens to its type (the outbox). The background worker claims due
 * deliveries, posts them, and logs each attempt.
 */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  id: serial("id").primaryKey(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  /** Event types it receives (lib/webhooks/webhook-event-types). */
  events: text("events").array().notNull(),
  /** The HMAC key: needed in clear to sign, shown to admins only. */
  secret: text("secret").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    type: text("type").notNull(),
    /** The `data` of the body: ids and public fields only, never gated text. */
    data: jsonb("data").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_events_created_idx").on(t.createdAt)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    endpointId: integer("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => webhookEvents.id, { onDelete: "cascade" }),
    /** pending (due at nextAttemptAt), succeeded, or failed (retries given up). */
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    /** A worker's claim: another worker takes the row only after this passes (a crashed worker's lease runs out). */
    lockedUntil: at("locked_until"),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    /** A redelivery names the delivery it repeats. */
    redeliveryOf: bigint("redelivery_of", { mode: "number" }),
    completedAt: at("completed_at"),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt), index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.id)],
);

/** One row per HTTP attempt: the delivery log. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    deliveryId: bigint("delivery_id", { mode: "number" })
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    /** The first bytes of the answer, or why there was none (timeout, refused address…). */
    responseExcerpt: text("response_excerpt").notNull().default(""),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
