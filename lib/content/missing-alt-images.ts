import type { Nodes } from "mdast";
import { parseMarkdown } from "./render-markdown";

/** The address of every image in a Markdown body that has no description (alt text). */
export function missingAltImages(markdown: string): string[] {
  const missing: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "image" && !node.alt?.trim()) missing.push(node.url);
    if (node.type === "imageReference" && !node.alt?.trim()) missing.push(`[${node.identifier}]`);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdown(markdown));
  return missing;
}
