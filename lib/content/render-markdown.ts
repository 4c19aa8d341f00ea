import type { Root, RootContent } from "mdast";
import { parseFragment, serialize } from "parse5";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);
// Raw HTML in Markdown is dropped (remark-rehype's default) and the result sanitized
// with GitHub's schema: no scripts, no event handlers, no javascript: URLs.
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

export function renderBlocks(children: RootContent[]): string {
  if (children.length === 0) return "";
  const root: Root = { type: "root", children };
  return escapeAttributeBrackets(String(toHtml.stringify(toHtml.runSync(root))));
}

/**
 * Stored HTML escapes `<` and `>` inside attribute values too (rehype-stringify leaves them
 * as they are, which is valid HTML): an alt text such as `<script>` then can never look like
 * markup to anything that reads the page less carefully than a browser. parse5 8 serializes
 * attributes that way, per the current HTML standard.
 */
function escapeAttributeBrackets(html: string): string {
  return serialize(parseFragment(html));
}

/** Markdown to sanitized HTML, with the same pipeline the site stores. */
export function renderMarkdown(markdown: string): string {
  return renderBlocks(parseMarkdown(markdown).children);
}
