import type { ArticleView } from "@/lib/articles/get-article";

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
export function socialCardText(view: Pick<ArticleView, "title" | "authors" | "categoryPath">, siteName: string): SocialCardText {
  const names = view.authors.map((a) => a.name);
  const byline = names.length === 0 ? "" : names.length === 1 ? `By ${names[0]}` : `By ${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return { title: clip(view.title, 140), section: view.categoryPath.at(-1)?.name ?? "", byline: clip(byline, 70), site: siteName };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The address of an article's Open Graph image (app/og/articles/[slug]), relative to the public origin. */
export function socialCardPath(slug: string): string {
  return `/og/articles/${slug}`;
}
