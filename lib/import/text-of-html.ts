import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
const NOT_TEXT = new Set(["script", "style", "template", "noscript"]);

/** The words of an HTML fragment as a reader sees them, whitespace collapsed (entities decoded by parse5). */
export function textOfHtml(html: string): string {
  const words: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === "#text" && "value" in node) words.push(node.value);
    if ("tagName" in node && NOT_TEXT.has(node.tagName)) return;
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return words.join(" ").replace(/\s+/g, " ").trim();
}
