import type { Messages } from "./catalogue";
import type { Locale } from "./locales";

// Typed keys for next-intl's getTranslations / useTranslations: a missing key fails typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
