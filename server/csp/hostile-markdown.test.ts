import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { renderArticleRest } from "@/lib/articles/render-article-rest";
import { spliceArticleRest } from "@/lib/articles/splice-article-rest";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { hashScriptPolicy } from "./content-security-policy";
import { findScriptElements } from "./find-script-elements";

/*
 * Script-like text in every position the editor's Markdown allows, through every
 * transformation the server applies to a page (stored rendering, the rest spliced into the
 * shared page, the page's hash policy): no script element, event handler or javascript: URL
 * may come out, and the policy allows exactly the page's own script.
 */
const PAYLOADS = [
  "<script a><script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<!--<script>alert(1)</script>-->",
  "javascript:alert(1)",
  "<iframe src=javascript:alert(1)></iframe>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<scr<script>ipt>alert(1)</script>",
  '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
];

const POSITIONS = [
  (p: string) => p,
  (p: string) => `# ${p}`,
  (p: string) => `*${p}* and **${p}**`,
  (p: string) => `![${p}](/media/1.png)`,
  (p: string) => `![alt](/media/1.png "${p}")`,
  (p: string) => `[${p}](/articles/x)`,
  (p: string) => `[link](/articles/x "${p}")`,
  (p: string) => `[link](${p})`,
  (p: string) => `<${p}>`,
  (p: string) => `\`${p}\``,
  (p: string) => "```" + p + "\n" + p + "\n```",
  (p: string) => `| ${p} |\n|---|\n| ${p} |`,
  (p: string) => `text[^1]\n\n[^1]: ${p}`,
  (p: string) => `> ${p}`,
  (p: string) => `- ${p}\n- [ ] ${p}`,
  (p: string) => `<div title="${p}">${p}</div>`,
];

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"]);
const OWN_SCRIPT = "self.__next_f.push([1])";
const page = (rest: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><main>${rest}</main><script>${OWN_SCRIPT}</script></body></html>`;

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function* elements(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

describe("hostile Markdown through every server transformation", () => {
  it("never yields a script, an event handler or a javascript: URL, and the policy allows only the page's own script", () => {
    const ownPolicy = hashScriptPolicy(page(""));
    let cases = 0;
    for (const payload of PAYLOADS) {
      for (const position of POSITIONS) {
        const markdown = position(payload);
        const stored = renderMarkdown(markdown);
        const shared = page(renderArticleRest({ kind: "paywall", requirement: { level: 1, ccaps: [] }, decision: { allowed: false, reason: "level", missing: { level: 1, ccaps: [] } }, offer: null, signedIn: true, hasPlan: false, ccapLabels: {} }, { slug: "x" }));
        const spliced = spliceArticleRest(shared, renderArticleRest({ kind: "full", gatedHtml: stored }, { slug: "x", personalised: true }));
        expect(spliced, markdown).not.toBeNull();
        for (const html of [page(stored), spliced!]) {
          expect(findScriptElements(html).map((s) => s.text), markdown).toEqual([OWN_SCRIPT]);
          expect(hashScriptPolicy(html), markdown).toBe(ownPolicy);
          for (const el of elements(parse(html) as unknown as Node)) {
            if (el.nodeName === "script") expect(el.childNodes?.map((c) => (c as unknown as { value: string }).value).join(""), markdown).toBe(OWN_SCRIPT);
            for (const attr of el.attrs ?? []) {
              expect(attr.name.startsWith("on"), `${markdown}: ${el.nodeName}[${attr.name}]`).toBe(false);
              expect(URL_ATTRIBUTES.has(attr.name) && /^\s*javascript:/i.test(attr.value), `${markdown}: ${el.nodeName}[${attr.name}=${attr.value}]`).toBe(false);
            }
            expect(["iframe", "object", "embed"], markdown).not.toContain(el.nodeName);
          }
        }
        // Stored HTML never carries a raw < or > inside an attribute value.
        expect(/="[^"]*[<>]/.test(stored), `${markdown} → ${stored}`).toBe(false);
        cases++;
      }
    }
    expect(cases).toBe(PAYLOADS.length * POSITIONS.length);
  });
});
