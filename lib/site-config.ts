import { env } from "@/lib/env";

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
  /** The public origin (lib/env): never a request's Host. */
  get url(): string {
    return env().publicOrigin;
  },
};
