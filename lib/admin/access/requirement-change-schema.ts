import { z } from "zod";
import { requirementSchema } from "../requirement-schema";

/** A change of who may read something, with the reason kept in the audit log. */
export const requirementChangeSchema = z.object({
  requirement: requirementSchema,
  reason: z.string().trim().max(300, "Use at most 300 characters.").default(""),
});
