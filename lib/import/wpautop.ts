/** Block elements WordPress never wraps in a paragraph (a subset of wpautop's list). */
const BLOCK =
  "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|script|iframe|object|video|audio";
const OPEN_OR_CLOSE_BLOCK = new RegExp(`(<(?:${BLOCK})[\\s/>])`, "gi");
const CLOSE_BLOCK = new RegExp(`(</(?:${BLOCK})>)`, "gi");
const STARTS_WITH_BLOCK = new RegExp(`^</?(?:${BLOCK})[\\s/>]`, "i");

/**
 * WordPress' paragraph rules for classic-editor content (which is stored without <p>): a
 * blank line ends a paragraph, a single newline is a line break, block elements stand
 * alone. <pre> keeps its newlines. A port of the essentials of wpautop(), not every quirk.
 */
export function wpautop(content: string): string {
  let text = content.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return "";
  const pres: string[] = [];
  text = text.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `<pre wp-pre-${pres.push(pre) - 1}></pre>`);
  text = text.replace(OPEN_OR_CLOSE_BLOCK, "\n\n$1").replace(CLOSE_BLOCK, "$1\n\n");
  text = text.replace(/\n\s*\n+/g, "\n\n");
  const out = text
    .split("\n\n")
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      if (STARTS_WITH_BLOCK.test(chunk)) return chunk;
      return `<p>${chunk.replace(/\n/g, "<br />\n")}</p>`;
    })
    .join("\n");
  return out.replace(/<pre wp-pre-(\d+)><\/pre>/g, (_, i: string) => pres[Number(i)] ?? "");
}
