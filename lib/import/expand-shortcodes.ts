import { splitCaptionMedia } from "./caption-media";

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Shortcodes Lede turns into markup; any other one is kept as text and listed. */
const HANDLED = new Set(["caption", "wp_caption", "embed"]);

/**
 * WordPress shortcodes to HTML: [caption] becomes a figure with its caption, [embed] and a
 * URL alone on its line become links. Returns the names of other shortcodes found.
 */
export function expandShortcodes(content: string): { html: string; unknown: string[] } {
  let html = content.replace(/\[(wp_)?caption([^\]]*)\]([\s\S]*?)\[\/(?:wp_)?caption\]/gi, (_m, _wp, _attrs, inner: string) => {
    const split = splitCaptionMedia(inner);
    if (!split) return inner;
    return `<figure>${split.media}<figcaption>${split.caption}</figcaption></figure>`;
  });
  html = html.replace(/\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_m, url: string) => `<a href="${escapeAttr(url.trim())}">${escapeAttr(url.trim())}</a>`);
  html = html.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gim, (_m, url: string) => `<a href="${escapeAttr(url)}">${escapeAttr(url)}</a>`);
  const unknown = new Set<string>();
  for (const m of html.matchAll(/\[\/?([A-Za-z_][\w-]*)(?:\s[^\]]*)?\]/g)) {
    const name = m[1]!;
    if (!HANDLED.has(name.toLowerCase()) && !m[0].startsWith("[/")) unknown.add(name);
  }
  return { html, unknown: [...unknown] };
}
