import { z } from "zod";
import { requirementSchema } from "../requirement-schema";
import { SLUG_PATTERN } from "../slugify";

const optionalId = z.union([z.literal(""), z.coerce.number().int().min(1).max(2 ** 31 - 1)], { error: "Choose a section from the list." }).default("");

/**
 * A category or tag as the newsroom form sends it. An empty slug is made from the name;
 * `parentId` and `position` only mean something for categories; a requirement is set when
 * creating (afterwards it is changed on the access rules page, with a reason).
 */
export const sectionFormSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters."),
  slug: z.union([z.literal(""), z.string().trim().toLowerCase().max(100, "Use at most 100 characters.").regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens.")]).default(""),
  description: z.string().trim().max(1000, "Use at most 1,000 characters.").default(""),
  parentId: optionalId,
  position: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0).max(10_000).default(0),
  requirement: requirementSchema.optional(),
});

export type SectionForm = z.infer<typeof sectionFormSchema>;

/** Merging one section into another: the target keeps its name and address. */
export const mergeFormSchema = z.object({
  targetId: z.coerce.number({ error: "Choose where to merge into." }).int().min(1, "Choose where to merge into.").max(2 ** 31 - 1),
});
