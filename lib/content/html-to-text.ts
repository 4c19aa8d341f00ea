import { parseFragment } from "parse5";

type Node = { nodeName: string; value?: string; childNodes?: Node[] };

const BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "br", "figcaption"]);

/** The readable text of stored (sanitized) HTML, blocks separated by spaces: for comparing texts, not for display. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "#text") out.push(node.value ?? "");
    for (const child of node.childNodes ?? []) walk(child);
    if (BLOCKS.has(node.nodeName)) out.push(" ");
  };
  walk(parseFragment(html) as unknown as Node);
  return out.join("").replace(/\s+/g, " ").trim();
}
