import { decideAccess } from "@/lib/access/decide-access";
import type { Viewer } from "@/lib/access/types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { initialsOf } from "./initials-of";

/** The per-reader part of the site header, as `/api/account/header` answers it (never cached shared). */
export type HeaderReader = { signedIn: false } | { signedIn: true; name: string; initials: string; showSubscribe: boolean };

/**
 * Who the header greets. A member keeps the "Subscribe" call to action unless every offered
 * plan would add nothing to what they may already read (asked of decideAccess, plan by plan).
 */
export function describeHeaderReader(
  member: { viewer: Extract<Viewer, { kind: "member" }>; name: string | null; email: string | null } | null,
  plans: readonly { level: number; ccaps: readonly string[] }[],
  now: Date,
  locale: Locale = DEFAULT_LOCALE,
): HeaderReader {
  if (!member) return { signedIn: false };
  const coversEveryPlan = plans.every(
    (plan) => decideAccess(member.viewer, { level: plan.level, ccaps: plan.ccaps }, { now, isPublished: true, isOwnArticle: false }).allowed,
  );
  const name = member.name?.trim() || member.email || translator(locale, "common")("account.yourAccount");
  return { signedIn: true, name, initials: initialsOf(member.name, member.email), showSubscribe: !coversEveryPlan };
}
