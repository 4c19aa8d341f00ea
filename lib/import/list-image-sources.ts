import { parseFragment } from "parse5";

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** The `src` of every `<img>` in a post's HTML, as an HTML parser reads it (text that only looks like a tag is not one). */
export function listImageSources(html: string): string[] {
  const sources: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === "img") {
      const src = node.attrs?.find((a) => a.name === "src")?.value;
      if (src) sources.push(src);
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parseFragment(html) as unknown as Node);
  return sources;
}
