import Bowser from "bowser";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * "Chrome on Linux", "Safari on iPhone (iOS)" ("Chrome sur Linux") from a User-Agent header,
 * for the account page's session list, parsed by bowser (a maintained parser) rather than
 * our own patterns. In `locale` (default English).
 */
export function describeDevice(userAgent: string | null, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale, "account");
  if (!userAgent) return t("devices.unknown");
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name || t("devices.aBrowser");
  const os = parsed.os.name || t("devices.unknownSystem");
  const model = parsed.platform.model ?? (parsed.platform.type === "mobile" || parsed.platform.type === "tablet" ? parsed.platform.vendor : undefined);
  return model ? t("devices.onModel", { browser, model, os }) : t("devices.on", { browser, os });
}
