import { describe, expect, it } from "vitest";
import { wpautop } from "./wpautop";

describe("wpautop", () => {
  it("blank lines make paragraphs, single newlines line breaks, blocks stand alone, <pre> kept", () => {
    expect(wpautop("One\ntwo\n\nThree\n<blockquote>Q</blockquote>\n<pre>a\n\nb</pre>")).toBe(
      "<p>One<br>\ntwo</p>\n<p>Three</p>\n<blockquote><p>Q</p>\n</blockquote>\n<pre>a\n\nb</pre>",
    );
  });

  it("cuts paragraphs in text only, never inside a tag's attribute", () => {
    expect(wpautop('See <a title="one\n\ntwo" href="/x">this</a> now.\n\nNext.')).toBe(
      '<p>See <a title="one\n\ntwo" href="/x">this</a> now.</p>\n<p>Next.</p>',
    );
  });

  it("keeps text as text: markup-looking characters stay escaped", () => {
    expect(wpautop("1 &lt; 2 &amp; <em>so</em>")).toBe("<p>1 &lt; 2 &amp; <em>so</em></p>");
  });

  it("empty content stays empty", () => {
    expect(wpautop("  \n\n ")).toBe("");
  });
});
