import type { Requirement } from "@/lib/access/types";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { expandShortcodes } from "./expand-shortcodes";
import { extractS2If } from "./extract-s2if";
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

const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const MORE = /<!--more(?:\s[^>]*)?-->/i;

function partToMarkdown(raw: string, classic: boolean, links: MarkdownLinks, unknown: Set<string>): string {
  const expanded = expandShortcodes(raw.replace(new RegExp(MORE, "gi"), ""));
  for (const name of expanded.unknown) unknown.add(name);
  return htmlToMarkdown(classic ? wpautop(expanded.html) : expanded.html, links).trim();
}

/**
 * A post's WordPress content to the editor's Markdown: block-editor comments dropped,
 * classic content given WordPress' paragraphs, [s2If] or `<!--more-->` turned into Lede's
 * paywall break (the "not a member" branch dropped), shortcodes expanded or listed.
 */
export function convertPostContent(content: string, links: MarkdownLinks): ConvertedContent {
  const classic = !/<!--\s*wp:/.test(content);
  const raw = content.replace(BLOCK_COMMENT, "");
  const s2 = extractS2If(raw);
  let teaser = s2.teaser;
  let gated = s2.gated;
  let breakAt: ConvertedContent["breakAt"] = gated === null ? "none" : "s2if";
  if (gated === null) {
    const more = MORE.exec(raw);
    if (more) {
      teaser = raw.slice(0, more.index);
      gated = raw.slice(more.index + more[0].length);
      breakAt = "more";
    }
  }
  const unknown = new Set<string>();
  const teaserMd = partToMarkdown(teaser, classic, links, unknown);
  const markdown = gated === null ? teaserMd : `${teaserMd}\n\n${PAYWALL_MARKER}\n\n${partToMarkdown(gated, classic, links, unknown)}`;
  return { markdown: markdown.trim(), breakAt, requirement: s2.requirement, inexact: s2.inexact, unknownShortcodes: [...unknown] };
}
