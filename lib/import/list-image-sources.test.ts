import { describe, expect, it } from "vitest";
import { listImageSources } from "./list-image-sources";

describe("listImageSources", () => {
  it("finds every img src, however the attributes are written", () => {
    expect(listImageSources(`<p><img class="a" src="/u/1.jpg"> text <IMG SRC='/u/2.png' alt="x"></p>[caption]<img src=/u/3.gif>[/caption]`)).toEqual(["/u/1.jpg", "/u/2.png", "/u/3.gif"]);
  });

  it("ignores text that only looks like an image tag", () => {
    expect(listImageSources(`<a title='<img src="/evil.jpg">'>x</a><!-- <img src="/c.jpg"> --><code>&lt;img src="/d.jpg"&gt;</code>`)).toEqual([]);
  });
});
