import { z } from "zod";
import { isPlainText } from "@/lib/validation/has-control-characters";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)))
  .optional()
  .catch(undefined);

const querySchema = z.object({
  q: z.string().trim().max(200).refine(isPlainText).optional().catch(undefined),
  level: z.coerce.number().int().min(0).max(4).optional().catch(undefined),
  ccap: z.string().regex(/^[a-z][a-z0-9_]{1,49}$/).optional().catch(undefined),
  plan: z.enum(["active", "trialing", "past_due", "canceled", "unpaid", "none"]).optional().catch(undefined),
  role: z.enum(["reader", "author", "editor", "admin"]).optional().catch(undefined),
  label: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40).optional().catch(undefined),
  planId: z.coerce.number().int().min(1).max(2 ** 31 - 1).optional().catch(undefined),
  /** Signed up / last seen on or after, before the end of (UTC days). */
  joinedFrom: day,
  joinedTo: day,
  seenFrom: day,
  seenTo: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type MemberQuery = z.infer<typeof querySchema>;

/** The members list's URL query; anything unusable drops out. Shared by the page and the CSV export. */
export function parseMemberQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): MemberQuery {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  return querySchema.parse(Object.fromEntries(entries.map(([k, v]) => [k, v || undefined])));
}
