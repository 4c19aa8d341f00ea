import { z } from "zod";

/** A member label as typed: trimmed, lowercased, words joined by hyphens. */
export const memberLabelSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and hyphens (e.g. press, vip-2026).")
  .max(40, "Use at most 40 characters.");

/** "press, VIP 2026" → ["press", "vip-2026"]: labels from a comma-separated field (one error for the field). */
export const memberLabelListSchema = z
  .string()
  .max(2000, "Use fewer labels.")
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((l) => l.trim().toLowerCase().replace(/\s+/g, "-"))
      .filter(Boolean),
  )
  .refine((labels) => labels.every((l) => memberLabelSchema.safeParse(l).success), "Use lowercase letters, digits and hyphens (e.g. press, vip-2026), at most 40 each.")
  .refine((labels) => labels.length <= 20, "At most 20 labels.")
  .transform((labels) => [...new Set(labels)].sort());
