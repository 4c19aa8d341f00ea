/** The article (and gift link) a checkout started from, as Checkout metadata (strings; read back by attributionOfCheckout). */
export function attributionMetadata(attribution: { articleId: number; giftLinkId: number | null } | undefined): Record<string, string> {
  if (!attribution) return {};
  return { articleId: String(attribution.articleId), ...(attribution.giftLinkId !== null ? { giftLinkId: String(attribution.giftLinkId) } : {}) };
}
