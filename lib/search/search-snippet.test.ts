import { describe, expect, it } from "vitest";
import { decodeEntities, MARK_END, MARK_START, parseHeadline } from "./search-snippet";

const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

describe("parseHeadline", () => {
  it("splits marked and plain text", () => {
    expect(parseHeadline(`The ${m("convoy")} left the ${m("port")}.`)).toEqual([
      { text: "The ", marked: false },
      { text: "convoy", marked: true },
      { text: " left the ", marked: false },
      { text: "port", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("merges adjacent marked words into one mark", () => {
    expect(parseHeadline(`in the ${m("Black")} ${m("Sea")} today`)).toEqual([
      { text: "in the ", marked: false },
      { text: "Black Sea", marked: true },
      { text: " today", marked: false },
    ]);
  });

  it("keeps markup in the text as text: nothing becomes HTML", () => {
    const segments = parseHeadline(`<img src=x onerror=alert(1)> ${m("&#x3C;script&#x3E;")} &lt;b&gt; AT&#x26;T`);
    expect(segments).toEqual([
      { text: "<img src=x onerror=alert(1)> ", marked: false },
      { text: "<script>", marked: true },
      { text: " <b> AT&T", marked: false },
    ]);
  });

  it("survives stray or unbalanced sentinels", () => {
    expect(parseHeadline(`a${MARK_END}b ${MARK_START}c`)).toEqual([
      { text: "ab ", marked: false },
      { text: "c", marked: true },
    ]);
    expect(parseHeadline("")).toEqual([]);
  });
});

describe("decodeEntities", () => {
  it("decodes the references the Markdown pipeline writes, and leaves unknown ones", () => {
    expect(decodeEntities("&#x26; &#60; &amp; &quot;x&quot; &nbsp;&unknown; &#0; &#xD800;")).toBe('& < & "x" \u00a0&unknown; \ufffd \ufffd');
  });
});
