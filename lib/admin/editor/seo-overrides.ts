import { z } from "zod";
import { htmlToText } from "@/lib/content/html-to-text";
import type { ArticleParts } from "@/lib/content/split-article-body";
import { findGatedQuote } from "./find-gated-quote";

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).default("");

/** The editor's "Search and social" fields; empty means the default (title, standfirst). */
export const seoOverridesSchema = z.object({
  title: text(120),
  description: text(320),
  socialTitle: text(120),
  socialDescription: text(320),
});

export type SeoOverrides = z.infer<typeof seoOverridesSchema>;

export const NO_OVERRIDES: SeoOverrides = { title: "", description: "", socialTitle: "", socialDescription: "" };

/**
 * Field errors (keyed `seo.<field>`) for overrides that quote the subscribers-only part of
 * the body being saved. Overrides go into meta, Open Graph and JSON-LD, which every viewer
 * receives, so they may only repeat what is public: the title, standfirst and teaser.
 */
export function checkSeoOverrides(seo: SeoOverrides, article: { title: string; standfirst: string; parts: ArticleParts }): Record<string, string> {
  const texts = { gated: htmlToText(article.parts.gatedHtml), public: `${article.title} ${article.standfirst} ${htmlToText(article.parts.teaserHtml)}` };
  const errors: Record<string, string> = {};
  for (const field of ["title", "description", "socialTitle", "socialDescription"] as const) {
    const quote = findGatedQuote(seo[field], texts);
    if (quote) errors[`seo.${field}`] = `This quotes the subscribers-only part (“${quote}…”), which every visitor would then see in search results and link previews. Use words from the title, standfirst or teaser.`;
  }
  return errors;
}
