import { SAXParser } from "parse5-sax-parser";

/** A script element as a browser's HTML parser sees it. */
export interface ScriptElement {
  /** Attribute names lower-cased, values decoded. */
  attributes: Map<string, string>;
  /** The source between the start and end tag, byte for byte (what a CSP hash covers). */
  text: string;
}

/**
 * Every script element of `html`, found by parse5's spec-conformant tokenizer (with its
 * tree-construction feedback: raw text, foreign content, attribute quoting). A `<script`
 * inside an attribute value or a comment is text, exactly as the browser reads it; a
 * regular expression cannot tell the two apart.
 */
export function findScriptElements(html: string): ScriptElement[] {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const found: ScriptElement[] = [];
  let open: { attributes: Map<string, string>; textStart: number } | null = null;
  parser.on("startTag", (tag) => {
    if (tag.tagName !== "script" || !tag.sourceCodeLocation) return;
    open = { attributes: new Map(tag.attrs.map((a) => [a.name.toLowerCase(), a.value])), textStart: tag.sourceCodeLocation.endOffset };
  });
  parser.on("endTag", (tag) => {
    if (tag.tagName !== "script" || !open || !tag.sourceCodeLocation) return;
    found.push({ attributes: open.attributes, text: html.slice(open.textStart, tag.sourceCodeLocation.startOffset) });
    open = null;
  });
  // The parser is a stream whose events fire synchronously from write() and end().
  parser.write(html);
  parser.end();
  return found;
}
