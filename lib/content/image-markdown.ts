/*
 * Images placed in an article body. Every image needs a description (alt text): a screen
 * reader reads it, and a reader whose image does not load sees it. The editor refuses to
 * insert an image without one, and saving refuses a body that has one (missing-alt-images).
 */

export const MAX_ALT_LENGTH = 300;

/** Why this alt text cannot be used, or null when it can. */
export function altTextProblem(alt: string): string | null {
  const text = alt.trim();
  if (!text) return "Describe the image first (alt text): what would a reader who cannot see it need to know?";
  if (text.length > MAX_ALT_LENGTH) return `Keep the description under ${MAX_ALT_LENGTH} characters; put more in the text or a caption.`;
  return null;
}

/** `![alt](url)` with the alt text's Markdown punctuation escaped and on one line. */
export function imageMarkdown(alt: string, url: string): string {
  const problem = altTextProblem(alt);
  if (problem) throw new Error(problem);
  const escaped = alt
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
  return `![${escaped}](${encodeURI(url)})`;
}

/** The body with an image's Markdown put in as its own paragraph at `at`. */
export function insertImage(body: string, at: number, markdown: string): { body: string; caret: number } {
  const before = body.slice(0, at).replace(/\s*$/, "");
  const after = body.slice(at).replace(/^\s*/, "");
  const head = before ? `${before}\n\n` : "";
  const next = `${head}${markdown}${after ? `\n\n${after}` : "\n"}`;
  return { body: next, caret: head.length + markdown.length };
}
