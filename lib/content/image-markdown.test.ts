import { describe, expect, it } from "vitest";
import { altTextProblem, imageMarkdown, insertImage } from "./image-markdown";
import { missingAltImages } from "./missing-alt-images";
import { renderMarkdown } from "./render-markdown";

describe("alt text rules", () => {
  it.each([
    ["", true],
    ["   ", true],
    ["x".repeat(301), true],
    ["Protesters in Tripoli's Martyrs' Square", false],
  ])("altTextProblem(%j) refuses: %s", (alt, refused) => {
    expect(altTextProblem(alt) !== null).toBe(refused);
  });

  it("refuses to build an image without alt text", () => {
    expect(() => imageMarkdown(" ", "/media/a")).toThrow(/Describe the image/);
  });

  it("escapes Markdown punctuation so the alt text cannot end the image early", () => {
    const md = imageMarkdown("A [bracketed] *word*\nand a <tag>", "/media/abc");
    expect(md).toBe("![A \\[bracketed\\] \\*word\\* and a \\<tag\\>](/media/abc)");
    expect(renderMarkdown(md)).toBe('<p><img src="/media/abc" alt="A [bracketed] *word* and a &lt;tag&gt;"></p>');
  });

  it("puts the image in its own paragraph at the caret", () => {
    expect(insertImage("One.\nTwo.", 4, "![a](/m)")).toEqual({ body: "One.\n\n![a](/m)\n\nTwo.", caret: 14 });
    expect(insertImage("", 0, "![a](/m)")).toEqual({ body: "![a](/m)\n", caret: 8 });
  });

  it("finds images without alt text, inline and by reference", () => {
    expect(missingAltImages("![ok](/media/1)\n\n![](/media/2)\n\n![  ][ref]\n\n[ref]: /media/3")).toEqual(["/media/2", "[ref]"]);
    expect(missingAltImages("No images here, only [a link](/x).")).toEqual([]);
  });
});

describe("the sanitizer keeps only safe images", () => {
  it("keeps uploaded and https images with their alt text", () => {
    expect(renderMarkdown("![Map](/media/1b2c)")).toContain('<img src="/media/1b2c" alt="Map">');
    expect(renderMarkdown("![Map](https://example.org/m.png)")).toContain('src="https://example.org/m.png"');
  });

  it.each(["javascript:alert(1)", "data:image/svg+xml;base64,PHN2Zz4=", "vbscript:x"])("drops the address %s", (url) => {
    const html = renderMarkdown(`![x](${url})`);
    expect(html).not.toContain(url.split(":")[0] + ":");
  });

  it("drops raw HTML images with event handlers", () => {
    expect(renderMarkdown('<img src="/media/1" onerror="alert(1)">')).not.toContain("onerror");
  });
});
