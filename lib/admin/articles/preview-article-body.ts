import { z } from "zod";
import type { Database } from "@/db/client";
import { splitArticleBody, type ArticleParts } from "@/lib/content/split-article-body";
import { getSettings } from "@/lib/settings/settings";
import { parseInput } from "../parse-input";

const previewSchema = z.object({ bodyMarkdown: z.string().max(200_000, "The body is too long (200,000 characters at most).") });

/** The editor's live preview: the very pipeline a save stores, with the newsroom's teaser length. */
export async function previewArticleBody(db: Database, input: unknown): Promise<ArticleParts> {
  const { bodyMarkdown } = parseInput(previewSchema, input);
  const { teaserParagraphs } = await getSettings(db);
  return splitArticleBody(bodyMarkdown, { teaserParagraphs });
}
