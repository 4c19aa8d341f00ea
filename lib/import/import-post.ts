import { eq } from "drizzle-orm";
import { unserialize } from "php-serialize";
import type { Database } from "@/db/client";
import { articles, ccapCatalogue } from "@/db/schema";
import { strictestRequirement } from "@/lib/access/effective-requirement";
import type { Requirement } from "@/lib/access/types";
import { writeArticle, type ArticleInput } from "@/lib/articles/write-article";
import { convertPostContent } from "./convert-post-content";
import { textOfHtml } from "./text-of-html";
import { count, notice, refuse, type Outcome } from "./import-report";
import { saveMapping, sourceHash } from "./import-mappings";
import { postRedirects } from "./post-redirects";
import type { PostContext } from "./post-context";
import { rewriteOldLink } from "./rewrite-old-link";
import { parseWordPressDate } from "./parse-wordpress-date";
import type { WxrItem } from "./wxr-types";
import { writeLegacyRedirects } from "./write-legacy-redirects";

const strictestOf = (a: Requirement, b: Requirement) => strictestRequirement([a, b]);

const STATUS: Record<string, ArticleInput["status"]> = { publish: "published", future: "published", draft: "draft", pending: "submitted", private: "draft" };


/** postmeta s2member_ccaps_req: a PHP-serialized or JSON array, or a comma list. */
function requiredCcaps(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  let list: unknown;
  try {
    list = raw.trim().startsWith("[") ? JSON.parse(raw) : /^a:\d+:/.test(raw.trim()) ? Object.values(unserialize(raw.trim()) as object) : raw.split(",");
  } catch {
    list = raw.split(",");
  }
  return (Array.isArray(list) ? list : []).map((c) => String(c).trim().toLowerCase()).filter((c) => /^[a-z0-9_]{1,50}$/.test(c));
}

/**
 * Imports one post: converts its content, works out its requirement (its [s2Member] teaser,
 * s2Member's post rules, sold-one-by-one ids, required ccaps), writes the article through
 * the site's own writer and its old addresses into the redirects table. A post changed in
 * Lede since the last import is left alone and reported as a conflict.
 */
export async function importPost(db: Database, item: WxrItem, ctx: PostContext): Promise<{ outcome: Outcome; articleId?: number }> {
  const { report, rules, taxonomy } = ctx;
  const status = STATUS[item.status];
  if (!status) {
    count(report, "post", "skipped");
    notice(report, "skipped-status", item.id, `status "${item.status}" is not imported`);
    return { outcome: "skipped" };
  }
  const date = parseWordPressDate(item.dateGmt) ?? parseWordPressDate(item.date);
  if (!date && item.status !== "draft" && item.status !== "pending") {
    refuse(report, "post", item.id, `line ${item.line}: no valid date`);
    return { outcome: "error" };
  }
  if (item.status === "private") notice(report, "private-post", item.id, "private in WordPress: imported as a draft");
  const planned = ctx.planned.get(item.id)!;

  const links = {
    link: (href: string) => rewriteOldLink(href, ctx),
    image: (src: string) => {
      const url = ctx.resolveImage(src);
      if (!url) notice(report, "missing-image", item.id, src);
      return url ?? src;
    },
  };
  const converted = convertPostContent(item.content, links);
  for (const name of converted.unknownShortcodes) notice(report, "shortcode", item.id, `[${name}] kept as text`);
  for (const text of converted.inexact) notice(report, "inexact-condition", item.id, text);

  let requirement = converted.requirement;
  const ruleLevel = [rules.posts.get(item.id), rules.allPosts ?? undefined].filter((l): l is number => l !== undefined);
  if (ruleLevel.length) requirement = strictestOf(requirement, { level: Math.max(...ruleLevel), ccaps: [] });
  if (rules.specificIds.has(item.id)) requirement = strictestOf(requirement, { level: 0, ccaps: [`sp_${item.id}`] });
  const ccaps = requiredCcaps(item.meta.get("s2member_ccaps_req"));
  if (ccaps.length) requirement = strictestOf(requirement, { level: 0, ccaps });
  for (const name of requirement.ccaps.filter((c) => !ctx.knownCcaps.has(c))) {
    await db.insert(ccapCatalogue).values({ name, description: "Imported from s2Member" }).onConflictDoNothing();
    ctx.knownCcaps.add(name);
  }

  const hero = ctx.attachments.get(item.meta.get("_thumbnail_id") ?? "");
  const heroUrl = hero ? ctx.resolveImage(hero.url) : null;
  if (hero && !heroUrl) notice(report, "missing-image", item.id, `${hero.url} (featured image${hero.caption ? `, caption “${hero.caption}”` : ""})`);
  const authorIds = [taxonomy.authors.get(item.creator)?.id].filter((id): id is number => id !== undefined);
  if (!authorIds.length && item.creator) notice(report, "unknown-author", item.id, `author "${item.creator}" is not in the export`);
  const categoryIds: number[] = [];
  const tagIds: number[] = [];
  for (const c of item.categories) {
    const found = c.domain === "category" ? taxonomy.categories.get(c.nicename) : c.domain === "post_tag" ? taxonomy.tags.get(c.nicename) : undefined;
    if (!found) {
      if (c.domain === "category" || c.domain === "post_tag") notice(report, "unknown-term", item.id, `${c.domain} "${c.nicename}" is not in the export's lists`);
      continue;
    }
    (c.domain === "category" ? categoryIds : tagIds).push(found.id);
  }

  const input: ArticleInput = {
    slug: planned.slug,
    title: item.title || `Untitled ${item.id}`,
    standfirst: textOfHtml(item.excerpt).slice(0, 500),
    bodyMarkdown: converted.markdown,
    heroImage: heroUrl ?? (hero?.url || null),
    heroAlt: hero?.alt ?? "",
    heroCaption: hero?.caption ?? "",
    heroCredit: "",
    status,
    publishedAt: status === "published" ? date : null,
    updatedAt: ctx.now,
    requirement,
    authorIds,
    categoryIds: [...new Set(categoryIds)],
    tagIds: [...new Set(tagIds)],
    readAlsoIds: [],
  };
  const hash = sourceHash({ ...input, updatedAt: null });
  const mapped = ctx.known.get(item.id);
  if (mapped?.sourceHash === hash) {
    count(report, "post", "unchanged");
    return { outcome: "unchanged" };
  }

  let id: number | undefined;
  let expectedVersion: number | undefined;
  if (mapped) {
    const [current] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, Number(mapped.ledeId))).limit(1);
    if (!current) {
      notice(report, "deleted-in-lede", item.id, "the article was deleted in Lede; not imported again");
      count(report, "post", "skipped");
      return { outcome: "skipped" };
    }
    if (current.version !== mapped.ledeVersion) {
      notice(report, "conflict", item.id, `“${input.title}” changed in WordPress and was edited in Lede since the last import: Lede's version kept`);
      count(report, "post", "conflict");
      return { outcome: "conflict" };
    }
    id = Number(mapped.ledeId);
    expectedVersion = current.version;
  }
  const taken = ctx.articleIdBySlug.get(input.slug);
  if (taken !== undefined && taken !== id) {
    input.slug = `${input.slug}-wp${item.id}`;
    notice(report, "renamed-slug", item.id, `slug “${planned.slug}” was taken in Lede: imported as “${input.slug}”`);
  }
  const saved = await writeArticle(db, input, { teaserParagraphs: ctx.teaserParagraphs, id, expectedVersion });
  ctx.articleIdBySlug.set(input.slug, saved.id);
  await saveMapping(db, "post", item.id, { ledeId: String(saved.id), sourceHash: hash, ledeVersion: saved.version }, ctx.now);
  if (status === "published") await writeLegacyRedirects(db, postRedirects(item, `/articles/${input.slug}`, ctx));
  const outcome = mapped ? "updated" : "created";
  count(report, "post", outcome);
  return { outcome, articleId: saved.id };
}
