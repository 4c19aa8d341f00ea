import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";
import { splitArticleBody } from "./split-article-body";

const paras = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph number ${i + 1}.`).join("\n\n");

describe("splitArticleBody with a paywall marker", () => {
  it("puts everything before the marker in the teaser and the rest in the gated part", () => {
    const parts = splitArticleBody("Open one.\n\nOpen two.\n\n<!-- paywall -->\n\nClosed three.", { teaserParagraphs: 3 });
    expect(parts.split).toBe("marker");
    expect(parts.teaserHtml).toBe("<p>Open one.</p>\n<p>Open two.</p>");
    expect(parts.gatedHtml).toBe("<p>Closed three.</p>");
  });

  it("accepts a marker with other spacing or case", () => {
    const parts = splitArticleBody("A.\n\n<!--PAYWALL-->\n\nB.", { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toBe("<p>A.</p>");
    expect(parts.gatedHtml).toBe("<p>B.</p>");
  });

  it("with the marker first, the teaser is empty and everything is gated", () => {
    const parts = splitArticleBody("<!-- paywall -->\n\nAll closed.\n\nStill closed.", { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toBe("");
    expect(parts.gatedHtml).toContain("All closed.");
    expect(parts.gatedHtml).toContain("Still closed.");
  });

  it("with the marker last, nothing is gated", () => {
    const parts = splitArticleBody("One.\n\nTwo.\n\n<!-- paywall -->\n", { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toContain("Two.");
    expect(parts.gatedHtml).toBe("");
  });

  it("splits at the first of two markers and drops the second", () => {
    const parts = splitArticleBody("One.\n\n<!-- paywall -->\n\nTwo.\n\n<!-- paywall -->\n\nThree.", { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toBe("<p>One.</p>");
    expect(parts.gatedHtml).toBe("<p>Two.</p>\n<p>Three.</p>");
    expect(parts.gatedHtml).not.toContain("paywall");
  });

  it("does not treat a marker inside a sentence as a break", () => {
    const parts = splitArticleBody("Write <!-- paywall --> inline.\n\nTwo.", { teaserParagraphs: 1 });
    expect(parts.split).toBe("automatic");
  });
});

describe("splitArticleBody without a marker", () => {
  it("cuts after the first N paragraphs, counting only paragraphs", () => {
    const md = "## Heading\n\nP1.\n\nP2.\n\n> quoted\n\nP3.\n\nP4.\n\nP5.";
    const parts = splitArticleBody(md, { teaserParagraphs: 3 });
    expect(parts.split).toBe("automatic");
    expect(parts.teaserHtml).toContain("<h2>Heading</h2>");
    expect(parts.teaserHtml).toContain("P3.");
    expect(parts.teaserHtml).toContain("quoted");
    expect(parts.gatedHtml).toBe("<p>P4.</p>\n<p>P5.</p>");
  });

  it("with fewer paragraphs than N keeps the last paragraph gated", () => {
    const parts = splitArticleBody(paras(2), { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toBe("<p>Paragraph number 1.</p>");
    expect(parts.gatedHtml).toBe("<p>Paragraph number 2.</p>");
  });

  it("with a single paragraph gates it all", () => {
    const parts = splitArticleBody(paras(1), { teaserParagraphs: 3 });
    expect(parts.teaserHtml).toBe("");
    expect(parts.gatedHtml).toBe("<p>Paragraph number 1.</p>");
  });

  it("with N = 0 gates everything", () => {
    const parts = splitArticleBody(paras(4), { teaserParagraphs: 0 });
    expect(parts.teaserHtml).toBe("");
    expect(parts.gatedHtml).toContain("Paragraph number 4.");
  });

  it("handles an empty body", () => {
    expect(splitArticleBody("", { teaserParagraphs: 3 })).toEqual({ teaserHtml: "", gatedHtml: "", split: "automatic" });
  });
});

describe("the sanitizer", () => {
  it("drops raw HTML script tags", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> world\n\n<script>alert(1)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Hello");
  });

  it("drops event handlers on raw HTML", () => {
    const html = renderMarkdown('<img src="x.png" onerror="alert(1)">\n\n<p onclick="steal()">Hi</p>');
    expect(html).not.toMatch(/onerror|onclick/i);
  });

  it("neutralises javascript: links and images", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and ![x](javascript:alert(2))");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("click");
  });

  it("keeps ordinary formatting", () => {
    const html = renderMarkdown("## Sub\n\n- one\n- two\n\n> quote\n\n**bold** [link](https://example.org)");
    expect(html).toContain("<h2>Sub</h2>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://example.org">link</a>');
  });
});

describe("isValidSlug", () => {
  it.each(["libya-oil", "a", "élections-2026", "x1_y2"])("accepts %s", async (slug) => {
    const { isValidSlug } = await import("./is-valid-slug");
    expect(isValidSlug(slug)).toBe(true);
  });
  it.each(["", "\u0000", "-lead", "a/b", "a b", "<script>", "x".repeat(201), "..", "a%00"])("refuses %j", async (slug) => {
    const { isValidSlug } = await import("./is-valid-slug");
    expect(isValidSlug(slug)).toBe(false);
  });
});
