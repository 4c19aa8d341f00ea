import { env } from "@/lib/env";
import { toLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The newsroom's identity, from the environment so that every page (including the
 * not-found page prerendered at build time) can show it without a database query.
 */
export const siteConfig = {
  get name(): string {
    return env().LEDE_SITE_NAME ?? "The Meridian Desk";
  },
  get description(): string {
    return env().LEDE_SITE_DESCRIPTION ?? "Independent reporting on European security and foreign policy, from Brussels.";
  },
  /** The interface's language until the newsroom picks one (admin → Site). */
  get language(): Locale {
    return toLocale(env().LEDE_SITE_LANGUAGE);
  },
  /** The public origin (lib/env): never a request's Host. */
  get url(): string {
    return env().publicOrigin;
  },
};
