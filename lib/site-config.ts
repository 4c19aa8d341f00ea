/**
 * The newsroom's identity, from the environment so that every page (including the
 * not-found page prerendered at build time) can show it without a database query.
 */
export const siteConfig = {
  name: process.env.LEDE_SITE_NAME ?? "The Meridian Desk",
  description:
    process.env.LEDE_SITE_DESCRIPTION ??
    "Independent reporting on European security and foreign policy, from Brussels.",
  url: (process.env.LEDE_PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, ""),
};
