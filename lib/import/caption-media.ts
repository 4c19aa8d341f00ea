import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type ChildNode = DefaultTreeAdapterMap["childNode"];
const isBlank = (n: ChildNode) => n.nodeName === "#text" && "value" in n && n.value.trim() === "";
const isImage = (n: ChildNode) => n.nodeName === "img";
/** An image, or a link around nothing but an image. */
const isMedia = (n: ChildNode) => isImage(n) || (n.nodeName === "a" && "childNodes" in n && n.childNodes.filter((c) => !isBlank(c)).length === 1 && n.childNodes.some(isImage));

/**
 * A [caption] shortcode's inside, split as WordPress writes it: the image (or linked image)
 * first, then the caption text. Null when it does not start with an image. Found by parse5,
 * so an "<img" inside an attribute or a comment is not taken for one.
 */
export function splitCaptionMedia(inner: string): { media: string; caption: string } | null {
  const fragment = parseFragment(inner, { sourceCodeLocationInfo: true });
  const first = fragment.childNodes.find((n) => !isBlank(n));
  const at = first?.sourceCodeLocation;
  if (!first || !at || !isMedia(first)) return null;
  return { media: inner.slice(at.startOffset, at.endOffset), caption: inner.slice(at.endOffset).trim() };
}
