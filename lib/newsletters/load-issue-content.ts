import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articles, authors, emailIssues, newsletters } from "@/db/schema";
import type { Requirement } from "@/lib/access/types";
import { isPublishedRow } from "@/lib/articles/published";

export interface IssuePiece {
  id: number;
  slug: string;
  title: string;
  standfirst: string;
  teaserHtml: string;
  requirement: Requirement;
  isPublished: boolean;
  /** Members who wrote it (decideAccess's isOwnArticle for staff authors). */
  authorUserIds: readonly string[];
}

export interface IssueContent {
  id: number;
  kind: "article" | "digest" | "segment" | "test";
  subject: string;
  bodyMarkdown: string;
  newsletter: { id: number; name: string } | null;
  pieces: IssuePiece[];
}

/**
 * What every copy of an issue shares: its subject, newsletter and pieces with their teasers
 * and requirements. The gated parts are not read here: only once decideAccess allowed a
 * recipient (./compose-email).
 */
export async function loadIssueContent(db: Database, issueId: number, now: Date): Promise<IssueContent | null> {
  const [issue] = await db
    .select({ id: emailIssues.id, kind: emailIssues.kind, subject: emailIssues.subject, bodyMarkdown: emailIssues.bodyMarkdown, articleIds: emailIssues.articleIds, newsletterId: newsletters.id, newsletterName: newsletters.name })
    .from(emailIssues)
    .leftJoin(newsletters, eq(newsletters.id, emailIssues.newsletterId))
    .where(eq(emailIssues.id, issueId))
    .limit(1);
  if (!issue) return null;
  const pieces = await loadIssuePieces(db, issue.articleIds, now);
  return {
    id: issue.id,
    kind: issue.kind,
    subject: issue.subject,
    bodyMarkdown: issue.bodyMarkdown,
    newsletter: issue.newsletterId !== null && issue.newsletterName !== null ? { id: issue.newsletterId, name: issue.newsletterName } : null,
    pieces,
  };
}

/** The pieces of an issue, in the order given, with teasers and requirements (never the gated parts). */
export async function loadIssuePieces(db: Database, ids: readonly number[], now: Date): Promise<IssuePiece[]> {
  const rows = ids.length
    ? await db
        .select({ id: articles.id, slug: articles.slug, title: articles.title, standfirst: articles.standfirst, teaserHtml: articles.teaserHtml, effReqLevel: articles.effReqLevel, effReqCcaps: articles.effReqCcaps, status: articles.status, publishedAt: articles.publishedAt })
        .from(articles)
        .where(inArray(articles.id, [...ids]))
    : [];
  const bylines = ids.length
    ? await db.select({ articleId: articleAuthors.articleId, userId: authors.userId }).from(articleAuthors).innerJoin(authors, eq(authors.id, articleAuthors.authorId)).where(inArray(articleAuthors.articleId, [...ids]))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const authorUserIds = bylines.filter((b) => b.articleId === id && b.userId).map((b) => b.userId!);
    return [{ id: r.id, slug: r.slug, title: r.title, standfirst: r.standfirst, teaserHtml: r.teaserHtml, requirement: { level: r.effReqLevel, ccaps: r.effReqCcaps }, isPublished: isPublishedRow(r, now), authorUserIds }];
  });
}
