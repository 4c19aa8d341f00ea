import { env } from "@/lib/env";

/** The delivery settings from the environment (LEDE_WEBHOOK_ALLOW_PRIVATE, LEDE_WEBHOOK_TIMEOUT_MS). */
export function webhookConfig(): { allowPrivate: boolean; timeoutMs: number } {
  const e = env();
  return { allowPrivate: e.LEDE_WEBHOOK_ALLOW_PRIVATE, timeoutMs: e.LEDE_WEBHOOK_TIMEOUT_MS };
}
