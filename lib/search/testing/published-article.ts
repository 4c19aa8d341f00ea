import type { ArticleInput } from "@/lib/articles/write-article";

/** Search tests' article: published a day before `now`, public unless `fields` say otherwise. */
export function publishedArticle(slug: string, now: Date, fields: Partial<ArticleInput> & { body: string }): ArticleInput {
  return {
    slug,
    title: slug.replace(/-/g, " "),
    standfirst: "",
    bodyMarkdown: fields.body,
    heroImage: null,
    heroAlt: "",
    heroCaption: "",
    heroCredit: "",
    status: "published",
    publishedAt: new Date(now.getTime() - 86_400_000),
    requirement: { level: null, ccaps: [] },
    authorIds: [],
    categoryIds: [],
    tagIds: [],
    readAlsoIds: [],
    ...fields,
  };
}
