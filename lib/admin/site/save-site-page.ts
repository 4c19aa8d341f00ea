import { z } from "zod";
import { inTransaction, type Database } from "@/db/client";
import { sitePages } from "@/db/schema";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { AppError } from "@/lib/errors";
import { ALL_PAGES_TAG } from "@/lib/page-tags/page-tags";
import { isSitePageSlug, SITE_PAGE_KINDS } from "@/lib/site-pages/site-page-kinds";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { translator } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const sitePageSchema = z.object({
  title: z.string().trim().min(1, "Enter a title.").max(100, "Use at most 100 characters."),
  bodyMarkdown: z.string().max(100_000, "Use at most 100,000 characters.").default(""),
});

/**
 * Writes a footer page (About, Contact, Privacy, Terms, Imprint): Markdown rendered and
 * sanitized once, here. An empty body takes the page down and out of the footer. Every page
 * carries the footer, so all are purged.
 */
export async function saveSitePage(db: Database, options: { actorId: string; slug: string; input: unknown; now: Date; locale?: Locale }): Promise<{ message: string; tags: string[] }> {
  if (!isSitePageSlug(options.slug)) throw new AppError("NOT_FOUND", `Footer pages are ${SITE_PAGE_KINDS.map((k) => k.slug).join(", ")}.`);
  const form = parseInput(sitePageSchema, options.input);
  const say = translator(options.locale ?? DEFAULT_LOCALE, "adminPeople");
  const values = { title: form.title, bodyMarkdown: form.bodyMarkdown, bodyHtml: form.bodyMarkdown.trim() ? renderMarkdown(form.bodyMarkdown) : "", updatedAt: options.now, updatedBy: options.actorId };
  await inTransaction(db, async (t) => {
    await t.insert(sitePages).values({ slug: options.slug, ...values }).onConflictDoUpdate({ target: sitePages.slug, set: values });
    await recordAudit(t, { actorId: options.actorId, action: "site.page", targetType: "site-page", targetId: options.slug, before: null, after: { title: form.title, published: Boolean(values.bodyHtml) } });
  });
  return { message: values.bodyHtml ? say("answers.pageSaved", { title: form.title }) : say("answers.pageSavedEmpty", { title: form.title }), tags: [ALL_PAGES_TAG] };
}
