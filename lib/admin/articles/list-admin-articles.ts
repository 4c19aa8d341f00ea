import { and, asc, count, desc, eq, exists, gt, ilike, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags, authors, tags } from "@/db/schema";
import { requirementOrigins, type RequirementOrigin } from "@/lib/access/effective-requirement";
import type { Requirement } from "@/lib/access/types";
import { isPublishedSql } from "@/lib/articles/published";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { articleState, type ArticleState } from "./article-state";

export interface AdminArticleQuery {
  status?: ArticleState;
  authorId?: number;
  categoryId?: number;
  tagId?: number;
  /** "public", a level "0".."4", or "ccap:name". */
  requirement?: string;
  q?: string;
  sort?: "updated" | "published" | "title";
  page: number;
  /** Authors see only the pieces that carry their byline. */
  onlyUserId?: string;
}

export interface AdminArticleRow {
  id: number;
  slug: string;
  title: string;
  state: ArticleState;
  publishedAt: Date | null;
  updatedAt: Date;
  authors: string[];
  effective: Requirement;
  origins: RequirementOrigin[];
}

export const ADMIN_PAGE_SIZE = 25;

function conditions(db: Database, q: AdminArticleQuery, now: Date): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (q.status === "published") c.push(isPublishedSql(now));
  else if (q.status === "scheduled") c.push(and(eq(articles.status, "published"), gt(articles.publishedAt, now)));
  else if (q.status) c.push(eq(articles.status, q.status));
  const linked = (table: typeof articleAuthors | typeof articleCategories | typeof articleTags, where: SQL) =>
    exists(db.select({ one: sql`1` }).from(table).where(and(eq(table.articleId, articles.id), where)));
  if (q.authorId) c.push(linked(articleAuthors, eq(articleAuthors.authorId, q.authorId)));
  if (q.categoryId) c.push(linked(articleCategories, eq(articleCategories.categoryId, q.categoryId)));
  if (q.tagId) c.push(linked(articleTags, eq(articleTags.tagId, q.tagId)));
  if (q.onlyUserId) {
    const mine = db.select({ id: authors.id }).from(authors).where(eq(authors.userId, q.onlyUserId));
    c.push(linked(articleAuthors, inArray(articleAuthors.authorId, mine)));
  }
  if (q.requirement === "public") c.push(isNull(articles.effReqLevel));
  else if (q.requirement?.startsWith("ccap:")) c.push(sql`${articles.effReqCcaps} @> array[${q.requirement.slice(5)}]::text[]`);
  else if (q.requirement && /^[0-4]$/.test(q.requirement)) c.push(eq(articles.effReqLevel, Number(q.requirement)));
  if (q.q?.trim()) c.push(ilike(articles.title, `%${q.q.trim().replace(/[%_\\]/g, "\\$&")}%`));
  return and(...c);
}

/** The editors' article list: filtered, searched, sorted, one page, with where each requirement comes from. */
export async function listAdminArticles(db: Database, query: AdminArticleQuery, now: Date): Promise<{ rows: AdminArticleRow[]; total: number }> {
  const where = conditions(db, query, now);
  const order =
    query.sort === "title" ? [asc(articles.title)] : query.sort === "published" ? [sql`${articles.publishedAt} desc nulls last`, desc(articles.id)] : [desc(articles.updatedAt), desc(articles.id)];
  const [rows, totals] = await Promise.all([
    db
      .select({ id: articles.id, slug: articles.slug, title: articles.title, status: articles.status, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt, reqLevel: articles.reqLevel, reqCcaps: articles.reqCcaps, effReqLevel: articles.effReqLevel, effReqCcaps: articles.effReqCcaps })
      .from(articles)
      .where(where)
      .orderBy(...order)
      .limit(ADMIN_PAGE_SIZE)
      .offset((query.page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  const ids = rows.length ? rows.map((r) => r.id) : [-1];
  const [tree, cats, tagReqs, bylines] = await Promise.all([
    loadCategoryTree(db),
    db.select().from(articleCategories).where(inArray(articleCategories.articleId, ids)),
    db.select({ articleId: articleTags.articleId, level: tags.reqLevel, ccaps: tags.reqCcaps }).from(articleTags).innerJoin(tags, eq(articleTags.tagId, tags.id)).where(inArray(articleTags.articleId, ids)),
    db.select({ articleId: articleAuthors.articleId, name: authors.name }).from(articleAuthors).innerJoin(authors, eq(articleAuthors.authorId, authors.id)).where(inArray(articleAuthors.articleId, ids)).orderBy(asc(articleAuthors.position)),
  ]);
  return {
    total: totals[0]?.n ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      state: articleState(r, now),
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
      authors: bylines.filter((b) => b.articleId === r.id).map((b) => b.name),
      effective: { level: r.effReqLevel, ccaps: r.effReqCcaps },
      origins: requirementOrigins({
        own: { level: r.reqLevel, ccaps: r.reqCcaps },
        categoryChains: cats.filter((c) => c.articleId === r.id).map((c) => tree.path(c.categoryId).map((p) => ({ level: p.reqLevel, ccaps: p.reqCcaps }))),
        tags: tagReqs.filter((t) => t.articleId === r.id),
      }),
    })),
  };
}
