import type { RootContent } from "mdast";
import { parseMarkdown, renderBlocks } from "./render-markdown";

const MARKER_LINE = /^[ \t]*<!--\s*paywall\s*-->[ \t]*$/im;
const ALL_MARKER_LINES = /^[ \t]*<!--\s*paywall\s*-->[ \t]*$/gim;

export interface ArticleParts {
  teaserHtml: string;
  gatedHtml: string;
  /** How the split was made, shown to editors. */
  split: "marker" | "automatic";
}

export function hasPaywallMarker(markdown: string): boolean {
  return MARKER_LINE.test(markdown);
}

/**
 * How many leading paragraphs form an automatic teaser. Never the whole body: a gated
 * piece with few paragraphs keeps at least its last one behind the paywall.
 */
function teaserBlockCount(blocks: RootContent[], paragraphs: number): number {
  const total = blocks.filter((b) => b.type === "paragraph").length;
  const wanted = Math.max(0, Math.min(paragraphs, total - 1));
  if (wanted === 0) return 0;
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]?.type === "paragraph" && ++seen === wanted) return i + 1;
  }
  return blocks.length;
}

/**
 * Renders an article body into the two stored parts. Runs when an article is saved,
 * never per request. The first marker wins; later markers are removed.
 */
export function splitArticleBody(markdown: string, options: { teaserParagraphs: number }): ArticleParts {
  const match = MARKER_LINE.exec(markdown);
  if (match) {
    const teaser = markdown.slice(0, match.index);
    const gated = markdown.slice(match.index + match[0].length).replace(ALL_MARKER_LINES, "");
    return {
      teaserHtml: renderBlocks(parseMarkdown(teaser).children),
      gatedHtml: renderBlocks(parseMarkdown(gated).children),
      split: "marker",
    };
  }
  const blocks = parseMarkdown(markdown).children;
  const cut = teaserBlockCount(blocks, options.teaserParagraphs);
  return {
    teaserHtml: renderBlocks(blocks.slice(0, cut)),
    gatedHtml: renderBlocks(blocks.slice(cut)),
    split: "automatic",
  };
}
