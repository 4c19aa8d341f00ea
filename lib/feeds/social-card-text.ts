import type { ArticleView } from "@/lib/articles/get-article";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export interface SocialCardText {
  title: string;
  section: string;
  byline: string;
  site: string;
}

/**
 * What an article's Open Graph image says: its title, section and byline, and the
 * newsroom's name. Nothing else of the piece (no standfirst, no body): the image is shared.
 */
export function socialCardText(view: Pick<ArticleView, "title" | "authors" | "categoryPath">, siteName: string, locale: Locale = DEFAULT_LOCALE): SocialCardText {
  const t = translator(locale, "reader");
  const names = view.authors.map((a) => a.name);
  const joined = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${t("article.and")} ${names.at(-1)}`;
  const byline = names.length === 0 ? "" : `${t("article.by")} ${joined}`;
  return { title: clip(view.title, 140), section: view.categoryPath.at(-1)?.name ?? "", byline: clip(byline, 70), site: siteName };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The address of an article's Open Graph image (app/og/articles/[slug]), relative to the public origin. */
export function socialCardPath(slug: string): string {
  return `/og/articles/${slug}`;
}
