import type { z } from "zod";
import type { ErrorWords } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";

/** The first message per field of a zod error, for showing next to form fields. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

/** The catalogue entries a bound's message may be written as ("Use at most 200 characters."), with the bound as value. */
const BOUND_WORDS = { maximum: ["useAtMost", "atMost"], minimum: ["atLeast"] } as const;

/**
 * The words of each field message of fieldErrorsOf that states a bound (`.max(200, "Use at most 200
 * characters.")`): the bound comes from the issue itself, and a catalogue entry whose English with
 * that bound is exactly the message names it, so the route can word it in the site's language.
 */
export function fieldWordsOf(error: z.ZodError): Record<string, ErrorWords> {
  const english = translator("en", "errors");
  const out: Record<string, ErrorWords> = {};
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (seen.has(field)) continue;
    seen.add(field);
    const bound = issue.code === "too_big" ? { side: "maximum" as const, value: issue.maximum } : issue.code === "too_small" ? { side: "minimum" as const, value: issue.minimum } : null;
    if (!bound || typeof bound.value !== "number") continue;
    const values: Record<string, number> = bound.side === "maximum" ? { max: bound.value } : { min: bound.value };
    const key = BOUND_WORDS[bound.side].find((k) => english(`withValues.${k}`, values) === issue.message);
    if (key) out[field] = { key, values };
  }
  return out;
}
