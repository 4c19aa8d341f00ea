import { readdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articleAuthors, articleCategories, articles, articleTags, authors, categories, tags } from "@/db/schema";
import { splitArticleBody } from "@/lib/content/split-article-body";
import { DEFAULT_SETTINGS } from "@/lib/settings/settings";
import {
  articleAuthorIds,
  articleCategoryId,
  articleRequirement,
  articleSlug,
  articleTagIds,
  authorCount,
  authorName,
  authorSlug,
  categorySpecs,
  TAG_COUNT,
  tagSlug,
} from "./dataset-shape";
import { inBatches } from "./in-batches";
import { articleMarkdown, articleTitle, standfirst } from "./synthetic-text";

/** Bodies rendered once and shared: rendering 20,000 Markdown bodies would dominate the run. */
const BODY_VARIANTS = 8;
const ARTICLE_BATCH = 250;
/** Batches in flight: the database computes each row's two search documents, the costly part of the generation. */
const CONCURRENCY = 3;
const SPAN_MS = 3 * 365 * 86_400_000;

function renderBodies() {
  return Array.from({ length: BODY_VARIANTS }, (_, v) => {
    // 1,000 to 2,000 words, evenly spread over the variants.
    const markdown = articleMarkdown(v + 1, 1000 + Math.round((v * 1000) / (BODY_VARIANTS - 1)));
    return { markdown, ...splitArticleBody(markdown, { teaserParagraphs: DEFAULT_SETTINGS.teaserParagraphs }) };
  });
}

function heroImages(): string[] {
  const dir = path.join(process.cwd(), "public", "images", "heroes");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".svg"))
    .sort()
    .map((f) => `/images/heroes/${f}`);
}

/** Resets a serial column after rows were inserted with explicit ids. */
async function syncSequence(db: Database, table: string): Promise<void> {
  await db.execute(sql.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`));
}

const tagName = (id: number) => `Topic ${id}`;

/**
 * What lib/articles/refresh-search-names would write for the article at `index` (bylines in
 * order, its section, its tags by name), computed here so that each row's generated search
 * documents are computed once, on insert, instead of again for every row by an update after.
 */
export function articleSearchNames(index: number, authorTotal: number, categoryNames: ReadonlyMap<number, string>): string {
  const bylines = articleAuthorIds(index, authorTotal).map(authorName);
  const tagNames = articleTagIds(index)
    .map(tagName)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [bylines.join(" "), categoryNames.get(articleCategoryId(index))!, tagNames.join(" ")].join(" ");
}

/** Authors, sections, tags and `count` published articles with their links, newest first. */
export async function generateArticles(db: Database, options: { count: number; now: Date }): Promise<void> {
  const authorTotal = authorCount(options.count);
  await db.insert(authors).values(
    Array.from({ length: authorTotal }, (_, i) => ({ id: i + 1, slug: authorSlug(i + 1), name: authorName(i + 1), roleLine: "Correspondent", bio: standfirst(i + 900_000) })),
  );
  await db.insert(categories).values(categorySpecs().map((c, position) => ({ ...c, description: `Reporting on ${c.name}.`, position })));
  await db.insert(tags).values(Array.from({ length: TAG_COUNT }, (_, i) => ({ id: i + 1, slug: tagSlug(i + 1), name: tagName(i + 1) })));
  for (const table of ["authors", "categories", "tags"]) await syncSequence(db, table);

  const bodies = renderBodies();
  const heroes = heroImages();
  const categoryNames = new Map(categorySpecs().map((c) => [c.id, c.name]));
  const step = SPAN_MS / options.count;
  // Streamed: a few batches of articles and their links at a time, so memory stays flat at any size.
  await inBatches(options.count, ARTICLE_BATCH, CONCURRENCY, async (first, length) => {
    const indexes = Array.from({ length }, (_, j) => first + j);
    await db.insert(articles).values(
      indexes.map((i) => {
        const body = bodies[i % BODY_VARIANTS]!;
        const requirement = articleRequirement(i);
        const publishedAt = new Date(options.now.getTime() - 60_000 - i * step);
        return {
          id: i + 1,
          slug: articleSlug(i),
          title: articleTitle(i),
          standfirst: standfirst(i),
          bodyMarkdown: body.markdown,
          teaserHtml: body.teaserHtml,
          gatedHtml: body.gatedHtml,
          heroImage: heroes.length ? heroes[i % heroes.length]! : null,
          heroAlt: "Illustration",
          heroCaption: "An illustration for the benchmark.",
          heroCredit: "Lede bench",
          status: "published" as const,
          publishedAt,
          updatedAt: publishedAt,
          createdAt: publishedAt,
          reqLevel: requirement.level,
          reqCcaps: requirement.ccaps,
          // Generated sections and tags carry no requirement, so the effective one is the article's own.
          effReqLevel: requirement.level,
          effReqCcaps: requirement.ccaps,
          searchNames: articleSearchNames(i, authorTotal, categoryNames),
        };
      }),
    );
    await db.insert(articleAuthors).values(indexes.flatMap((i) => articleAuthorIds(i, authorTotal).map((authorId, position) => ({ articleId: i + 1, authorId, position }))));
    await db.insert(articleCategories).values(indexes.map((i) => ({ articleId: i + 1, categoryId: articleCategoryId(i), position: 0 })));
    await db.insert(articleTags).values(indexes.flatMap((i) => articleTagIds(i).map((tagId) => ({ articleId: i + 1, tagId }))));
  });
  await syncSequence(db, "articles");
}
