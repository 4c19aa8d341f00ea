import { and, eq, inArray, ne } from "drizzle-orm";
import { inTransaction, type Database } from "@/db/client";
import { articles, authors } from "@/db/schema";
import { PUBLIC, type Requirement } from "@/lib/access/types";
import { writeArticle } from "@/lib/articles/write-article";
import { AppError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/settings";
import { siteConfig } from "@/lib/site-config";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { rescheduleArticleEvent } from "@/lib/webhooks/reschedule-article-event";
import { recordAudit } from "../audit/record-audit";
import { pageTagsShowingArticles } from "@/lib/page-tags/page-tags";
import { loadArticleRefs } from "../cache/load-article-refs";
import { parseInput } from "../parse-input";
import { can, canEditArticle, type StaffViewer } from "../permissions";
import { sameRequirement } from "../requirement-schema";
import { slugify } from "../slugify";
import { validateCcaps } from "../validate-ccaps";
import { loadArticleSeo, saveArticleSeo } from "../editor/article-seo-rows";
import { createInlineTags, parseTagNames } from "../editor/create-inline-tags";
import { recordRevision, type RevisionKind } from "../editor/record-revision";
import { checkSeoOverrides } from "../editor/seo-overrides";
import { missingAltImages } from "@/lib/content/missing-alt-images";
import { splitArticleBody } from "@/lib/content/split-article-body";
import { ARTICLE_FIELD_ERRORS, articleFormSchema, type ArticleForm } from "./article-form-schema";
import { loadArticleForEdit, type EditableArticle } from "./load-article-for-edit";
import { resolveTranslationOf, setArticleLanguage, translationGroupIds } from "./article-language";

export interface SavedArticle {
  id: number;
  version: number;
  slug: string;
  status: "draft" | "submitted" | "published";
  publishedAt: Date | null;
  message: string;
  /** Cached pages that showed the article before or show it now. */
  /** Cache tags of the pages that show the piece (lib/page-tags), to purge. */
  tags: string[];
}

/**
 * The slug this save keeps. A slug already taken is refused; the message names the piece
 * that holds it only to someone who may edit that piece, since an author must not learn a
 * colleague's draft or scheduled title by trying slugs.
 */
async function uniqueSlug(db: Database, viewer: StaffViewer, form: ArticleForm, id: number | undefined): Promise<string> {
  const notThis = id === undefined ? undefined : ne(articles.id, id);
  if (form.slug) {
    const [taken] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, form.slug), notThis)).limit(1);
    if (!taken) return form.slug;
    const holder = await loadArticleForEdit(db, taken.id);
    const named = holder && canEditArticle(viewer, holder) ? `Already used by “${holder.title}”.` : ARTICLE_FIELD_ERRORS.takenByAnother;
    throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { slug: named });
  }
  // An automatic slug steps aside instead of failing: "title", "title-2", "title-3" … asked for by
  // exact addresses, a window at a time, through the slug index (a LIKE prefix cannot use it under
  // most collations: it scanned every piece, 0.75 s a save at 200,000 pieces).
  const base = slugify(form.title) || "article";
  for (let from = 1; ; from += SLUG_WINDOW) {
    const candidates = Array.from({ length: SLUG_WINDOW }, (_, i) => (from + i === 1 ? base : `${base}-${from + i}`));
    const used = new Set((await db.select({ slug: articles.slug }).from(articles).where(and(inArray(articles.slug, candidates), notThis))).map((r) => r.slug));
    const free = candidates.find((slug) => !used.has(slug));
    if (free) return free;
  }
}

/** Automatic slugs asked for at once. */
const SLUG_WINDOW = 20;

/** Status and publish date after this save, refusing what the viewer's role may not do. */
function nextStatus(viewer: StaffViewer, form: ArticleForm, existing: EditableArticle | null, now: Date) {
  const mayPublish = can(viewer.role, "publishArticles");
  // "Only editors can publish." and its siblings are each in the errors catalogue.
  const deny = (what: "publish" | "schedule" | "unpublish") => new AppError("FORBIDDEN", `Only editors can ${what}.`);
  switch (form.intent) {
    case "save":
      return { status: existing?.status ?? "draft", publishedAt: existing?.publishedAt ?? null };
    case "submit":
      if (existing?.status === "published") throw new AppError("INVALID_INPUT", "This piece is already published.");
      return { status: "submitted" as const, publishedAt: null };
    case "publish":
      if (!mayPublish) throw deny("publish");
      // Re-publishing keeps the original date; a scheduled piece published now goes out now.
      return { status: "published" as const, publishedAt: existing?.status === "published" && existing.publishedAt && existing.publishedAt <= now ? existing.publishedAt : now };
    case "schedule":
      if (!mayPublish) throw deny("schedule");
      if (!(form.publishAt instanceof Date) || form.publishAt.getTime() <= now.getTime()) {
        throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { publishAt: ARTICLE_FIELD_ERRORS.publishAtPast });
      }
      return { status: "published" as const, publishedAt: form.publishAt };
    case "unpublish":
      if (!mayPublish) throw deny("unpublish");
      return { status: "draft" as const, publishedAt: null };
  }
}

/** Field errors for a body whose images lack alt text, or whose overrides quote the gated part. */
async function checkEditorRules(db: Database, form: ArticleForm, id: number | undefined, teaserParagraphs: number) {
  const errors: Record<string, string> = {};
  const missing = missingAltImages(form.bodyMarkdown);
  if (missing.length) {
    errors.bodyMarkdown = `Every image needs a description (alt text); ${missing.length === 1 ? "this one has" : "these have"} none: ${missing.join(", ")}. Write it between the brackets: ![A description](address).`;
  }
  const seo = form.seo ?? (id === undefined ? undefined : await loadArticleSeo(db, id));
  if (seo) Object.assign(errors, checkSeoOverrides(seo, { title: form.title, standfirst: form.standfirst, parts: splitArticleBody(form.bodyMarkdown, { teaserParagraphs }) }));
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", errors);
}

export interface SaveOptions {
  id?: number;
  now: Date;
  /** What kind of revision this save keeps (default: a manual save). */
  kind?: RevisionKind;
  /** For a restore: the revision brought back (audited as article.restore). */
  restoredFrom?: number;
}

/**
 * Creates (no id) or updates an article from the editor form. Authors write their own
 * drafts; only editors publish, schedule, change access rules or edit others' pieces.
 * A save must name the version it was edited from (refused with CONFLICT when stale).
 * Every save keeps a revision (lib/admin/editor/record-revision).
 */
export async function saveArticle(db: Database, viewer: StaffViewer, input: unknown, options: SaveOptions): Promise<SavedArticle> {
  if (!can(viewer.role, "writeArticles")) throw new AppError("FORBIDDEN", "You cannot write articles.");
  const form = parseInput(articleFormSchema, input);
  const { id, now } = options;
  const existing = id === undefined ? null : await loadArticleForEdit(db, id);
  if (id !== undefined && !existing) throw new AppError("NOT_FOUND", "This article no longer exists.");
  if (existing && !canEditArticle(viewer, existing)) throw new AppError("FORBIDDEN", "You can edit only your own unpublished pieces.");
  if (existing && form.version === undefined) throw new AppError("INVALID_INPUT", "The form did not say which version it edits. Reload the page.");

  const mayChangeAccess = can(viewer.role, "manageAccess");
  const before: Requirement = existing?.requirement ?? PUBLIC;
  const requirement = form.requirement ?? before;
  if (!sameRequirement(requirement, before) && !mayChangeAccess) throw new AppError("FORBIDDEN", "Only editors can change who may read a piece.");
  await validateCcaps(db, requirement.ccaps, "requirement.ccaps");
  const neverMeteredBefore = existing?.neverMetered ?? false;
  const neverMetered = form.meter === undefined ? neverMeteredBefore : form.meter.includes("never");
  if (neverMetered !== neverMeteredBefore && !mayChangeAccess) throw new AppError("FORBIDDEN", "Only editors can change who may read a piece.");

  let authorIds = form.authorIds;
  if (!can(viewer.role, "editAnyArticle")) {
    // An author's piece always keeps their own byline, so it stays theirs to edit.
    const own = await db.select({ id: authors.id }).from(authors).where(eq(authors.userId, viewer.id));
    if (own.length === 0) throw new AppError("FORBIDDEN", "Your account is not linked to an author profile. Ask an editor to link it.");
    if (!own.some((o) => authorIds.includes(o.id))) authorIds = [own[0]!.id, ...authorIds];
  }
  const known = authorIds.length ? await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, authorIds)) : [];
  if (known.length !== new Set(authorIds).size) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { authorIds: ARTICLE_FIELD_ERRORS.authors });

  const { status, publishedAt } = nextStatus(viewer, form, existing, now);
  const slug = await uniqueSlug(db, viewer, form, id);
  const { teaserParagraphs } = await getSettings(db);
  await checkEditorRules(db, form, id, teaserParagraphs);
  const newTagNames = parseTagNames(form.newTags);
  if (newTagNames.length && !mayChangeAccess) throw new AppError("FORBIDDEN", "Only editors can create tags. Choose existing ones, or ask an editor.", { newTags: ARTICLE_FIELD_ERRORS.onlyEditorsCreateTags });
  const translationOf = form.translationOf === undefined ? undefined : await resolveTranslationOf(db, form.translationOf, id);
  const beforeRefs = existing ? await loadArticleRefs(db, [existing.id]) : [];

  const saved = await inTransaction(db, async (t) => {
    const createdTagIds = await createInlineTags(t, newTagNames, viewer.id);
    const result = await writeArticle(
      t,
      {
        slug,
        title: form.title,
        standfirst: form.standfirst,
        bodyMarkdown: form.bodyMarkdown,
        heroImage: form.heroImage || null,
        heroAlt: form.heroAlt,
        heroCaption: form.heroCaption,
        heroCredit: form.heroCredit,
        status,
        publishedAt,
        updatedAt: now,
        requirement,
        authorIds: [...new Set(authorIds)],
        categoryIds: [...new Set(form.categoryIds)],
        tagIds: [...new Set([...form.tagIds, ...createdTagIds])],
        readAlsoIds: [...new Set(form.readAlsoIds)],
      },
      { teaserParagraphs, id, expectedVersion: form.version },
    );
    if (!sameRequirement(requirement, before)) {
      await recordAudit(t, { actorId: viewer.id, action: "article.requirement", targetType: "article", targetId: result.id, before, after: requirement, reason: form.reason });
    }
    if (neverMetered !== neverMeteredBefore) {
      await t.update(articles).set({ neverMetered }).where(eq(articles.id, result.id));
      await recordAudit(t, { actorId: viewer.id, action: "article.never-metered", targetType: "article", targetId: result.id, before: neverMeteredBefore, after: neverMetered, reason: form.reason });
    }
    // Integrators hear of a piece when it goes out (a scheduled one: at its publish time), never of its gated text.
    if (status === "published" && existing?.status !== "published") {
      await enqueueWebhookEvent(t, {
        type: "article.published",
        data: { articleId: result.id, slug, title: form.title, standfirst: form.standfirst, url: `${siteConfig.url}/articles/${encodeURIComponent(slug)}`, publishedAt: publishedAt?.toISOString() ?? null, requirement: { level: requirement.level, ccaps: [...requirement.ccaps] } },
        deliverAfter: publishedAt && publishedAt > now ? publishedAt : undefined,
      });
    }
    // A piece still waiting for its publish time: its announcement moves with it, or is withdrawn.
    if (existing?.status === "published" && existing.publishedAt && existing.publishedAt > now) {
      await rescheduleArticleEvent(t, { articleId: result.id, publishAt: status === "published" ? publishedAt : null, now });
    }
    if (form.seo) await saveArticleSeo(t, result.id, form.seo);
    await setArticleLanguage(t, result.id, { language: form.language === undefined ? undefined : form.language || null, translationOf });
    await recordRevision(t, {
      articleId: result.id,
      version: result.version,
      kind: options.kind ?? "save",
      restoredFrom: options.restoredFrom,
      title: form.title,
      standfirst: form.standfirst,
      bodyMarkdown: form.bodyMarkdown,
      requirement,
      neverMetered,
      editorId: viewer.id,
      now,
    });
    if (options.restoredFrom !== undefined) {
      await recordAudit(t, { actorId: viewer.id, action: "article.restore", targetType: "article", targetId: result.id, before: { version: form.version }, after: { version: result.version, revision: options.restoredFrom }, reason: form.reason });
    }
    return result;
  });

  // A piece that was and stays unpublished is on no public page: nothing to refresh.
  const wasPublic = existing?.status === "published";
  // The other versions of a piece name it (hreflang): their pages follow a change of group.
  const languageTouched = form.language !== undefined || translationOf !== undefined;
  const originals = [existing?.translationOf?.id ?? saved.id, translationOf].filter((v): v is number => typeof v === "number");
  const groupIds = languageTouched ? (await translationGroupIds(db, originals)).filter((groupId) => groupId !== saved.id) : [];
  const refs = [
    ...(wasPublic ? beforeRefs : []),
    ...(status === "published" ? await loadArticleRefs(db, [saved.id]) : []),
    ...(groupIds.length > 0 ? await loadArticleRefs(db, groupIds) : []),
  ];
  const tags = pageTagsShowingArticles(refs);
  const when = publishedAt && publishedAt > now ? `scheduled for ${publishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : status;
  return { ...saved, slug, status, publishedAt, tags, message: `Saved (${when}).` };
}
