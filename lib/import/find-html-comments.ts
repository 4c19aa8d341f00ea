import { SAXParser } from "parse5-sax-parser";

/** An HTML comment as a browser's parser reads it, with where it sits in the source. */
export interface HtmlComment {
  text: string;
  start: number;
  end: number;
}

/**
 * Every comment of `html`, found by parse5's tokenizer: `<!--` inside an attribute value,
 * a <script> or a <textarea> is text, as the browser reads it, which a regular expression
 * cannot tell apart.
 */
export function findHtmlComments(html: string): HtmlComment[] {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const found: HtmlComment[] = [];
  parser.on("comment", (comment) => {
    const at = comment.sourceCodeLocation;
    if (at) found.push({ text: comment.text, start: at.startOffset, end: at.endOffset });
  });
  // The parser is a stream whose events fire synchronously from write() and end().
  parser.write(html);
  parser.end();
  return found;
}

/** `html` without the given comments (taken from `findHtmlComments(html)`, in source order). */
export function withoutComments(html: string, comments: HtmlComment[]): string {
  let out = "";
  let from = 0;
  for (const comment of comments) {
    out += html.slice(from, comment.start);
    from = comment.end;
  }
  return out + html.slice(from);
}
