import type { Attribution } from "./record-attribution";

const positiveId = (value: string | undefined): number | null => (value && /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : null);

/**
 * The `subscribed` attribution a completed Checkout session carries in its metadata
 * (lib/billing/stripe-gateway: articleId, giftLinkId, planId), or null when it started
 * from no article. Keyed by the session id, so a replayed event records nothing twice.
 */
export function attributionOfCheckout(sessionId: string, customerId: string, metadata: Record<string, string> | null | undefined): Attribution | null {
  const articleId = positiveId(metadata?.articleId);
  if (articleId === null) return null;
  return {
    event: "subscribed",
    member: { customerId },
    articleId,
    giftLinkId: positiveId(metadata?.giftLinkId),
    planId: positiveId(metadata?.planId),
    checkoutId: sessionId,
  };
}
