import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { serialIdSchema } from "@/lib/validation/ids";
import { seoOverridesSchema } from "../editor/seo-overrides";
import { requirementSchema } from "../requirement-schema";
import { SLUG_PATTERN } from "../slugify";

/**
 * The editor's fixed field messages, named: the admin routes word them in the site's
 * language (app/admin/_lib/staff-route.ts) from `admin.api.article`.
 */
export const ARTICLE_FIELD_ERRORS = {
  titleMissing: "Enter a title.",
  slugPattern: "Use lowercase letters, digits and single hyphens.",
  bodyTooLong: "The body is too long (200,000 characters at most).",
  heroImage: "Upload an image or leave empty.",
  meter: "Unknown meter option.",
  language: "Choose a language.",
  publishAtInvalid: "Enter a valid date and time.",
  publishAtPast: "Choose a date and time in the future.",
  authors: "Choose authors from the list.",
  takenByAnother: "Already used by another piece.",
  onlyEditorsCreateTags: "Only editors can create tags.",
} as const;

const ids = z.array(serialIdSchema).max(50).default([]);
const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).default("");

/** What the article editor sends. Permissions (who may publish or change access) are checked by saveArticle. */
export const articleFormSchema = z.object({
  version: serialIdSchema.optional(),
  title: z.string().trim().min(1, ARTICLE_FIELD_ERRORS.titleMissing).max(200, "Use at most 200 characters."),
  slug: z.union([z.literal(""), z.string().trim().toLowerCase().max(100, "Use at most 100 characters.").regex(SLUG_PATTERN, ARTICLE_FIELD_ERRORS.slugPattern)]).default(""),
  standfirst: text(600),
  bodyMarkdown: z.string().max(200_000, ARTICLE_FIELD_ERRORS.bodyTooLong).default(""),
  heroImage: z.union([z.literal(""), z.string().regex(/^\/(media|images)\/[\w./-]+$/, ARTICLE_FIELD_ERRORS.heroImage)]).default(""),
  heroAlt: text(300),
  heroCaption: text(300),
  heroCredit: text(200),
  authorIds: ids,
  categoryIds: ids,
  tagIds: ids,
  readAlsoIds: ids,
  requirement: requirementSchema.optional(),
  /** ["never"]: the free-article meter never opens this piece; absent: unchanged (editors only). */
  meter: z.array(z.literal("never", { error: ARTICLE_FIELD_ERRORS.meter })).max(1).optional(),
  reason: text(300),
  /** Search and social overrides; absent: unchanged. */
  seo: seoOverridesSchema.optional(),
  /** Tags to create on save, comma-separated (editors only). */
  newTags: text(500),
  /** The piece's language ("" = the site's); absent: unchanged. */
  language: z.enum(["", ...LOCALES], { error: ARTICLE_FIELD_ERRORS.language }).optional(),
  /** The address (slug) of the piece this one translates ("" = none); absent: unchanged. */
  translationOf: z.string().trim().toLowerCase().max(200, "Use at most 200 characters.").optional(),
  intent: z.enum(["save", "submit", "publish", "schedule", "unpublish"]).default("save"),
  publishAt: z.union([z.literal(""), z.coerce.date({ error: ARTICLE_FIELD_ERRORS.publishAtInvalid })]).optional(),
});

export type ArticleForm = z.infer<typeof articleFormSchema>;
