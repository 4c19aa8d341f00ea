import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { Requirement } from "./types";

/**
 * Words for a requirement, for paywall boxes and badges, in the site's language:
 * "Subscribers — Level 1 'Reader'". Formatting only; whether someone may read is decideAccess' business.
 */
export function describeRequirement(requirement: Requirement, levelLabels: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale, "reader");
  const parts: string[] = [];
  if (requirement.level !== null) {
    const label = levelLabels[requirement.level] ?? t("requirement.level", { level: requirement.level });
    parts.push(requirement.level === 0 ? t("requirement.freeAccount", { label }) : t("requirement.subscribers", { level: requirement.level, label }));
  }
  if (requirement.ccaps.length > 0) parts.push(t("requirement.withCapabilities", { ccaps: requirement.ccaps.map(formatCcap).join(", ") }));
  return parts.join(" ");
}

/** `dossier_libya` → "Dossier libya": capability names as readers see them. */
export function formatCcap(ccap: string): string {
  const words = ccap.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
