import { describe, expect, it } from "vitest";
import { SnippetMemory, type KeptSnippet } from "./snippet-memory";

const made = (text: string): KeptSnippet => ({ standfirst: [{ text, marked: false }], snippet: [{ text: "x", marked: true }] });

describe("SnippetMemory", () => {
  it("gives back a query's headlines by key, and nothing for another query", () => {
    const memory = new SnippetMemory(1_000_000);
    memory.keep("harbour", "7:abc", made("seven"));
    memory.keep("harbour", "8:def", made("eight"));
    expect([...memory.kept("harbour").keys()]).toEqual(["7:abc", "8:def"]);
    expect(memory.kept("harbour").get("8:def")).toEqual(made("eight"));
    expect(memory.kept("harbours").size).toBe(0);
  });

  it("counts what it keeps as it grows and forgets the least recent queries past its size", () => {
    const memory = new SnippetMemory(20_000);
    memory.keep("first", "1:a", made("a".repeat(1_000)));
    const one = memory.bytes;
    memory.keep("first", "2:b", made("b".repeat(1_000)));
    expect(memory.bytes).toBeGreaterThan(one + 2_000);
    for (let i = 0; i < 20; i++) memory.keep(`query ${i}`, "1:a", made("c".repeat(1_000)));
    expect(memory.bytes).toBeLessThanOrEqual(20_000);
    expect(memory.kept("first").size).toBe(0);
    expect(memory.kept("query 19").size).toBe(1);
  });

  it("hands out a copy: a search's view does not change while another search keeps more", () => {
    const memory = new SnippetMemory(1_000_000);
    memory.keep("q", "1:a", made("one"));
    const view = memory.kept("q");
    memory.keep("q", "2:b", made("two"));
    expect(view.size).toBe(1);
  });
});
