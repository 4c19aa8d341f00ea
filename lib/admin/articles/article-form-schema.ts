import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { serialIdSchema } from "@/lib/validation/ids";
import { seoOverridesSchema } from "../editor/seo-overrides";
import { requirementSchema } from "../requirement-schema";
import { SLUG_PATTERN } from "../slugify";

const ids = z.array(serialIdSchema).max(50).default([]);
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).default("");

/** What the article editor sends. Permissions (who may publish or change access) are checked by saveArticle. */
export const articleFormSchema = z.object({
  version: serialIdSchema.optional(),
  title: z.string().trim().min(1, "Enter a title.").max(200, "Use at most 200 characters."),
  slug: z.union([z.literal(""), z.string().trim().toLowerCase().max(100, "Use at most 100 characters.").regex(SLUG_PATTERN, "Use lowercase letters, digits and single hyphens.")]).default(""),
  standfirst: text(600),
  bodyMarkdown: z.string().max(200_000, "The body is too long (200,000 characters at most).").default(""),
  heroImage: z.union([z.literal(""), z.string().regex(/^\/(media|images)\/[\w./-]+$/, "Upload an image or leave empty.")]).default(""),
  heroAlt: text(300),
  heroCaption: text(300),
  heroCredit: text(200),
  authorIds: ids,
  categoryIds: ids,
  tagIds: ids,
  readAlsoIds: ids,
  requirement: requirementSchema.optional(),
  /** ["never"]: the free-article meter never opens this piece; absent: unchanged (editors only). */
  meter: z.array(z.literal("never", { error: "Unknown meter option." })).max(1).optional(),
  reason: text(300),
  /** Search and social overrides; absent: unchanged. */
  seo: seoOverridesSchema.optional(),
  /** Tags to create on save, comma-separated (editors only). */
  newTags: text(500),
  /** The piece's language ("" = the site's); absent: unchanged. */
  language: z.enum(["", ...LOCALES], { error: "Choose a language." }).optional(),
  /** The address (slug) of the piece this one translates ("" = none); absent: unchanged. */
  translationOf: z.string().trim().toLowerCase().max(200, "Use at most 200 characters.").optional(),
  intent: z.enum(["save", "submit", "publish", "schedule", "unpublish"]).default("save"),
  publishAt: z.union([z.literal(""), z.coerce.date({ error: "Enter a valid date and time." })]).optional(),
});

export type ArticleForm = z.infer<typeof articleFormSchema>;
