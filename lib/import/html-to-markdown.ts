import TurndownService from "turndown";
import { gfm } from "turndown-plugin-gfm";

export interface MarkdownLinks {
  /** The Lede address of a link (old-site links rewritten), or the link as it was. */
  link: (href: string) => string;
  /** The Lede address of an image, or the image's own address when it stays where it was. */
  image: (src: string) => string;
}

/** Elements whose content is never text of the article (and may be hostile). */
const DROPPED = new Set(["SCRIPT", "STYLE", "IFRAME", "OBJECT", "EMBED", "FORM", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "BUTTON", "INPUT", "SELECT", "TEXTAREA"]);

function createService(links: MarkdownLinks): TurndownService {
  const service = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", bulletListMarker: "-", emDelimiter: "*" });
  service.use(gfm);
  service.remove((node) => DROPPED.has(node.nodeName.toUpperCase()));
  service.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ""),
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = el.getAttribute("src")?.trim();
      if (!src) return "";
      const alt = (el.getAttribute("alt") ?? "").replace(/[[\]\n]/g, " ").trim();
      return `![${alt}](<${links.image(src)}>)`;
    },
  });
  service.addRule("link", {
    filter: (node) => node.nodeName === "A" && Boolean(node.getAttribute("href")),
    replacement: (content, node) => {
      const href = links.link((node as HTMLElement).getAttribute("href")!.trim());
      return content.trim() ? `[${content}](<${href}>)` : "";
    },
  });
  return service;
}

/**
 * HTML (after wpautop and shortcodes) to the editor's Markdown, with GitHub's tables and
 * strikethrough. Scripts, frames, forms and the like are dropped with their content; the
 * site's own pipeline sanitizes the rendered result again when the article is written.
 */
export function htmlToMarkdown(html: string, links: MarkdownLinks): string {
  if (html.trim() === "") return "";
  return createService(links).turndown(html);
}
