import type { Requirement } from "./types";

/**
 * Words for a requirement, for paywall boxes and badges: "Subscribers — Level 1 'Reader'".
 * Formatting only; whether someone may read is decideAccess' business.
 */
export function describeRequirement(requirement: Requirement, levelLabels: readonly string[]): string {
  const parts: string[] = [];
  if (requirement.level !== null) {
    const label = levelLabels[requirement.level] ?? `Level ${requirement.level}`;
    parts.push(requirement.level === 0 ? `Free account — Level 0 “${label}”` : `Subscribers — Level ${requirement.level} “${label}”`);
  }
  if (requirement.ccaps.length > 0) parts.push(`with access to ${requirement.ccaps.map(formatCcap).join(", ")}`);
  return parts.join(" ");
}

/** `dossier_libya` → "Dossier libya": capability names as readers see them. */
export function formatCcap(ccap: string): string {
  const words = ccap.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
