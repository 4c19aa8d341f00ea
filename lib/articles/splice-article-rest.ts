import { REST_END, REST_START } from "./render-article-rest";

/**
 * The shared page with its article rest (see render-article-rest) replaced, or null when
 * the page has no rest to replace. The first pair of markers is the rendered one: the copy
 * inside Next's inline payload has its `<` escaped, and sanitized article HTML holds no comments.
 */
export function spliceArticleRest(documentHtml: string, restHtml: string): string | null {
  const start = documentHtml.indexOf(REST_START);
  if (start < 0) return null;
  const end = documentHtml.indexOf(REST_END, start + REST_START.length);
  if (end < 0) return null;
  return documentHtml.slice(0, start) + restHtml + documentHtml.slice(end + REST_END.length);
}
