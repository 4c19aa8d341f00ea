import { z } from "zod";
import type { Requirement } from "@/lib/access/types";

export const ccapNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,49}$/, "Use 2–50 lowercase letters, digits or underscores, starting with a letter.");

/**
 * A requirement as forms send it: level "public" or "0".."4", plus ccaps all required.
 * Whether the ccaps exist in the catalogue is checked against the database by the caller.
 */
export const requirementSchema = z
  .object({
    level: z.union([z.literal("public"), z.coerce.number().int().min(0).max(4)], { error: "Choose public or a level from 0 to 4." }),
    ccaps: z.array(ccapNameSchema).max(10, "At most 10 capabilities.").default([]),
  })
  .transform((r): Requirement => ({ level: r.level === "public" ? null : r.level, ccaps: [...new Set(r.ccaps)].sort() }));

export function sameRequirement(a: Requirement, b: Requirement): boolean {
  return a.level === b.level && [...a.ccaps].sort().join(",") === [...b.ccaps].sort().join(",");
}
