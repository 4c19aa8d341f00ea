/** The events an endpoint can listen to, in the order the admin form lists them. */
export const WEBHOOK_EVENT_TYPES = [
  "member.created",
  "member.access_changed",
  "subscription.started",
  "subscription.cancelled",
  "subscription.ended",
  "article.published",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
