import { REST_END, REST_START } from "./render-article-rest";

/**
 * Where the shared page's article rest (see render-article-rest) stands, markers included:
 * [start, end) in the page's characters, or null when the page has none. The first pair
 * of markers is the rendered one: the copy inside Next's inline payload has its `<`
 * escaped, and sanitized article HTML holds no comments.
 */
export function findArticleRest(documentHtml: string): { start: number; end: number } | null {
  const start = documentHtml.indexOf(REST_START);
  if (start < 0) return null;
  const end = documentHtml.indexOf(REST_END, start + REST_START.length);
  if (end < 0) return null;
  return { start, end: end + REST_END.length };
}

/** The shared page with its article rest replaced, or null when the page has no rest to replace. */
export function spliceArticleRest(documentHtml: string, restHtml: string): string | null {
  const at = findArticleRest(documentHtml);
  return at && documentHtml.slice(0, at.start) + restHtml + documentHtml.slice(at.end);
}
