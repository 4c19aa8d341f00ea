import Bowser from "bowser";

/**
 * "Chrome on Linux", "Safari on iPhone (iOS)" from a User-Agent header, for the account
 * page's session list, parsed by bowser (a maintained parser) rather than our own patterns.
 */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || "A browser";
  const os = parsed.os.name || "an unknown system";
  const model = parsed.platform.model ?? (parsed.platform.type === "mobile" || parsed.platform.type === "tablet" ? parsed.platform.vendor : undefined);
  return model ? `${browser} on ${model} (${os})` : `${browser} on ${os}`;
}
