import { describe, expect, it } from "vitest";
import { PAYWALL_MARKER } from "@/lib/content/paywall-marker";
import { convertPostContent } from "./convert-post-content";

const links = { link: (href: string) => href, image: (src: string) => src };

describe("convertPostContent", () => {
  it("drops the block editor's delimiters and keeps its paragraphs", () => {
    const content = "<!-- wp:paragraph -->\n<p>First.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Second.</p>\n<!-- /wp:paragraph -->";
    const out = convertPostContent(content, links);
    expect(out.markdown).toBe("First.\n\nSecond.");
    expect(out.breakAt).toBe("none");
  });

  it("gives classic content WordPress' paragraphs and breaks at <!--more-->", () => {
    const out = convertPostContent("Opening line.\n\nStill free.<!--more Read on-->\n\nFor members.", links);
    expect(out.breakAt).toBe("more");
    expect(out.markdown).toBe(`Opening line.\n\nStill free.\n\n${PAYWALL_MARKER}\n\nFor members.`);
  });

  it("does not take text that only looks like a comment for one", () => {
    // Inside an attribute value the tokenizer reads text, not a comment: no break, no block content.
    const content = '<p><img src="a.png" alt="<!--more-->"> Whole piece.</p>\n<p>Still the same piece.</p>';
    const out = convertPostContent(content, links);
    expect(out.breakAt).toBe("none");
    expect(out.markdown).not.toContain(PAYWALL_MARKER);
    expect(out.markdown).toContain("Still the same piece.");
  });

  it("reads <!--moreover--> as an ordinary comment, not a break", () => {
    const out = convertPostContent("<p>One.</p><!--moreover--><p>Two.</p>", links);
    expect(out.breakAt).toBe("none");
  });
});
