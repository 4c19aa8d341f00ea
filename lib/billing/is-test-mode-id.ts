/**
 * Ids made by the local test checkout (`cus_test_…`, `price_test_…`) or the demo seed
 * (`price_demo_…`). Stripe's own ids never carry these segments, so with real keys
 * such an id is known not to exist at Stripe and is replaced or flagged, never sent.
 */
export function isTestModeId(id: string | null | undefined): boolean {
  return typeof id === "string" && /^[a-z]+_(test|demo)_/.test(id);
}
