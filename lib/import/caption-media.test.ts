import { describe, expect, it } from "vitest";
import { expandShortcodes } from "./expand-shortcodes";
import { splitCaptionMedia } from "./caption-media";
import { textOfHtml } from "./text-of-html";

describe("splitCaptionMedia", () => {
  it("takes the image, or the link around it, and leaves the caption", () => {
    expect(splitCaptionMedia(' <img src="a.jpg" alt="A"> The summit.')).toEqual({ media: '<img src="a.jpg" alt="A">', caption: "The summit." });
    expect(splitCaptionMedia('<a href="/big.jpg"><img src="a.jpg"></a> Credit: EU')).toEqual({ media: '<a href="/big.jpg"><img src="a.jpg"></a>', caption: "Credit: EU" });
  });

  it("is not fooled by an image tag written inside an attribute or a comment", () => {
    expect(splitCaptionMedia('<span title="<img src=x>">Only text</span>')).toBeNull();
    expect(splitCaptionMedia("<!-- <img src=x> --> Only text")).toBeNull();
  });

  it("gives expandShortcodes a figure with its caption", () => {
    expect(expandShortcodes('[caption id="c1"]<img src="a.jpg"> Ministers meet.[/caption]').html).toBe('<figure><img src="a.jpg"><figcaption>Ministers meet.</figcaption></figure>');
  });
});

describe("textOfHtml", () => {
  it("keeps the words, decodes entities, drops tags and scripts", () => {
    expect(textOfHtml("<p>Defence &amp; <em>foreign</em>\n policy</p><script>alert(1)</script>")).toBe("Defence & foreign policy");
    expect(textOfHtml('<a title="x > y">link</a>')).toBe("link");
  });
});
