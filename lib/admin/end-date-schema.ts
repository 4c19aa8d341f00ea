import { z } from "zod";

/**
 * An end date from a form: a bare day ("2026-12-31") means until the end of that day
 * (UTC), so "until tomorrow" includes tomorrow; a full timestamp is taken as is.
 */
export const endDateSchema = z
  .string({ error: "Enter a date." })
  .trim()
  .refine((s) => !Number.isNaN(Date.parse(s)), "Enter a valid date.")
  .transform((s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T23:59:59.999Z`) : new Date(s)));
