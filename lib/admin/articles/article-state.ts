/** What editors call an article's status: "scheduled" is a published piece whose time has not come. */
export type ArticleState = "draft" | "submitted" | "scheduled" | "published";

export const ARTICLE_STATES: readonly ArticleState[] = ["draft", "submitted", "scheduled", "published"];

export function articleState(row: { status: "draft" | "submitted" | "published"; publishedAt: Date | null }, now: Date): ArticleState {
  if (row.status !== "published") return row.status;
  return row.publishedAt && row.publishedAt.getTime() > now.getTime() ? "scheduled" : "published";
}
