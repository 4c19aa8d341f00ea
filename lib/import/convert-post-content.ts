import type { Requirement } from "@/lib/access/types";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { expandShortcodes } from "./expand-shortcodes";
import { extractS2If } from "./extract-s2if";
import { findHtmlComments, withoutComments, type HtmlComment } from "./find-html-comments";
import { htmlToMarkdown, type MarkdownLinks } from "./html-to-markdown";
import { wpautop } from "./wpautop";

export interface ConvertedContent {
  markdown: string;
  /** Where the teaser ends: an [s2If] block, `<!--more-->`, or nowhere. */
  breakAt: "s2if" | "more" | "none";
  /** What the [s2If] conditions require. */
  requirement: Requirement;
  inexact: string[];
  unknownShortcodes: string[];
}

/** `<!-- wp:paragraph -->` and `<!-- /wp:paragraph -->`: the block editor's delimiters. */
const isBlockDelimiter = (c: HtmlComment) => /^\/?wp:/.test(c.text.trim());
/** `<!--more-->` or `<!--more Read on-->`: WordPress' teaser break. */
const isMore = (c: HtmlComment) => /^more(\s|$)/i.test(c.text);

function partToMarkdown(raw: string, classic: boolean, links: MarkdownLinks, unknown: Set<string>): string {
  const html = withoutComments(raw, findHtmlComments(raw).filter(isMore));
  const expanded = expandShortcodes(html);
  for (const name of expanded.unknown) unknown.add(name);
  return htmlToMarkdown(classic ? wpautop(expanded.html) : expanded.html, links).trim();
}

/**
 * A post's WordPress content to the editor's Markdown: block-editor comments dropped,
 * classic content given WordPress' paragraphs, [s2If] or `<!--more-->` turned into Lede's
 * paywall break (the "not a member" branch dropped), shortcodes expanded or listed.
 * Comments are found by an HTML tokenizer; the patterns above only read a comment's text.
 */
export function convertPostContent(content: string, links: MarkdownLinks): ConvertedContent {
  const delimiters = findHtmlComments(content).filter(isBlockDelimiter);
  const classic = delimiters.length === 0;
  const raw = withoutComments(content, delimiters);
  const s2 = extractS2If(raw);
  let teaser = s2.teaser;
  let gated = s2.gated;
  let breakAt: ConvertedContent["breakAt"] = gated === null ? "none" : "s2if";
  if (gated === null) {
    const more = findHtmlComments(raw).find(isMore);
    if (more) {
      teaser = raw.slice(0, more.start);
      gated = raw.slice(more.end);
      breakAt = "more";
    }
  }
  const unknown = new Set<string>();
  const teaserMd = partToMarkdown(teaser, classic, links, unknown);
  const markdown = gated === null ? teaserMd : `${teaserMd}\n\n${PAYWALL_MARKER}\n\n${partToMarkdown(gated, classic, links, unknown)}`;
  return { markdown: markdown.trim(), breakAt, requirement: s2.requirement, inexact: s2.inexact, unknownShortcodes: [...unknown] };
}
