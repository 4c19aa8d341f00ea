import { decodeHTML } from "entities";
import { demoArticles } from "../../scripts/seed/seed";
import { authors } from "../../scripts/seed/seed-data/authors";
import { categories } from "../../scripts/seed/seed-data/categories";
import { tags } from "../../scripts/seed/seed-data/tags";
import type { SeedArticle } from "../../scripts/seed/seed-data/types";
import { splitArticleBody } from "../../lib/content/split-article-body";
import { DEFAULT_SETTINGS } from "../../lib/settings/settings";

/**
 * Reduces any response body (HTML, an RSC payload, JSON) to lowercase words, so that a
 * sentence is found whatever the escaping: JSON \uXXXX escapes, tags, HTML entities.
 */
export function normaliseText(body: string): string {
  const unescaped = body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, " ")
    .replace(/\\(["\\/])/g, "$1");
  return decodeHTML(unescaped.replace(/<[^>]*>/g, " "))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Sentences of an HTML fragment long enough to be unmistakable (six words or more). */
export function sentencesOf(html: string): string[] {
  const text = decodeHTML(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
  return text
    .split(/(?<=[.!?:”"])\s+/)
    .map((s) => normaliseText(s))
    .filter((s) => s.split(" ").length >= 6);
}

export interface DemoPiece {
  slug: string;
  title: string;
  access: SeedArticle["access"];
  teaserSentences: string[];
  gatedSentences: string[];
  /** Everything a reader may always search: title, standfirst, teaser, bylines, sections and tags. */
  publicText: string;
  gatedText: string;
}

/** Every demo article with the sentences of its teaser and of its gated part. */
export const demoPieces: DemoPiece[] = demoArticles.map((a) => {
  const parts = splitArticleBody(a.body, { teaserParagraphs: DEFAULT_SETTINGS.teaserParagraphs });
  const nameOf = (list: { slug: string; name: string }[], slug: string) => list.find((x) => x.slug === slug)?.name ?? "";
  const names = [...a.authors.map((s) => nameOf(authors, s)), ...a.categories.map((s) => nameOf(categories, s)), ...a.tags.map((s) => nameOf(tags, s))];
  return {
    slug: a.slug,
    title: a.title,
    access: a.access,
    teaserSentences: sentencesOf(parts.teaserHtml),
    gatedSentences: sentencesOf(parts.gatedHtml),
    publicText: normaliseText([a.title, a.standfirst, parts.teaserHtml, ...names].join(" ")),
    gatedText: normaliseText(parts.gatedHtml),
  };
});

/*
 * Words of the gated part that no public part of the piece shares, even after stemming:
 * long plain words whose first five letters begin no public word (English stems such as
 * negotiators/negotiations share far more than that). Searching for one must not find the
 * piece for a viewer who may not read it.
 */
export function gatedOnlyWords(piece: DemoPiece, count: number): string[] {
  const publicWords = piece.publicText.split(" ");
  const prefixes = new Set(publicWords.map((w) => w.slice(0, 5)));
  const words = piece.gatedText.split(" ").filter((w) => /^[a-z]{8,}$/.test(w) && !prefixes.has(w.slice(0, 5)));
  return [...new Set(words)].slice(0, count);
}

export const gatedPieces = demoPieces.filter((p) => p.access.kind !== "public" && p.gatedSentences.length > 0);
export const publicPieces = demoPieces.filter((p) => p.access.kind === "public");

/** The gated sentences of `piece` that occur in `body` (empty = no leak). */
export function leakedSentences(piece: DemoPiece, body: string): string[] {
  const haystack = normaliseText(body);
  return piece.gatedSentences.filter((s) => haystack.includes(s));
}
