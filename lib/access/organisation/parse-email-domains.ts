import { AppError } from "@/lib/errors";

// A host name: labels of letters, digits and inner hyphens, at least one dot (no bare "com").
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * An organisation's e-mail domains as an editor types them (one per line or comma-separated,
 * an optional leading "@"), lower-cased, without duplicates. A malformed one is refused by name.
 */
export function parseEmailDomains(input: string, field = "emailDomains"): string[] {
  const domains = input
    .split(/[\s,]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, ""))
    .filter((d) => d !== "");
  const bad = domains.find((d) => !DOMAIN.test(d));
  if (bad !== undefined) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: `"${bad.slice(0, 100)}" is not a domain (like ut.ee).` }, undefined, {
      [field]: { key: "notADomain", values: { domain: bad.slice(0, 100) } },
    });
  if (domains.length > 100) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { [field]: "At most 100 domains." });
  return [...new Set(domains)];
}
