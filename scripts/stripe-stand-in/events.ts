/**
 * Webhook events as Stripe sends them: the `event` example object from the fixtures,
 * with `data.object` a deep copy of the object at the moment of the event, so later
 * changes to the stand-in's state never show through in earlier events.
 */
import type Stripe from "stripe";
import { isRecord, newId, type Charge, type CheckoutSession, type Dispute, type Fixtures, type Invoice, type Subscription } from "./objects";

/** The API version of the installed `stripe` package (its `Stripe.API_VERSION`). */
export const API_VERSION = "2026-10-28.endive";

export type EventObject = CheckoutSession | Subscription | Invoice | Charge | Dispute;

export interface StripeEventLike {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: EventObject; previous_attributes?: Record<string, unknown> };
  livemode: boolean;
  pending_webhooks: number;
  /** `id` and `idempotency_key` of the API request that caused the event; null for automatic changes. */
  request: { id: string | null; idempotency_key: string | null };
  type: Stripe.Event.Type;
}

export interface EventCause {
  requestId: string | null;
  idempotencyKey: string | null;
}

export const AUTOMATIC: EventCause = { requestId: null, idempotencyKey: null };

export function buildEvent(
  fixtures: Fixtures,
  now: number,
  type: Stripe.Event.Type,
  object: EventObject,
  options: { previous?: EventObject; cause?: EventCause } = {},
): StripeEventLike {
  const { cause = AUTOMATIC, previous } = options;
  const data: StripeEventLike["data"] = { object: structuredClone(object) };
  if (previous) data.previous_attributes = previousAttributes(previous, object);
  return {
    ...structuredClone(fixtures.event),
    id: newId("evt_"),
    object: "event",
    api_version: API_VERSION,
    created: now,
    data,
    livemode: false,
    pending_webhooks: 1,
    request: { id: cause.requestId, idempotency_key: cause.idempotencyKey },
    type,
  };
}

/** The top-level fields whose values changed, with their old values (Stripe's `previous_attributes`). */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const old: Record<string, unknown> = isRecord(before) ? before : {};
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(old[key]) !== JSON.stringify(value)) changed[key] = structuredClone(old[key] ?? null);
  }
  return changed;
}
