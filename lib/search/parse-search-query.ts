import { AppError } from "@/lib/errors";

/** Longer queries are refused: nobody types more, and each word costs an index probe. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Normalises what a reader typed into the search box: the first value when the parameter
 * was repeated, without control characters (PostgreSQL refuses NUL in text) or lone
 * surrogates, whitespace collapsed. Empty means "no search yet"; too long is refused.
 * The text then goes to websearch_to_tsquery, which accepts any input without syntax errors.
 */
export function parseSearchQuery(raw: string | string[] | undefined): string {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const text = (first ?? "")
    .toWellFormed()
    .replace(/[\u0000-\u001f\u007f-\u009f\ue000\ue001]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length > MAX_QUERY_LENGTH) {
    throw new AppError("INVALID_INPUT", `Search for at most ${MAX_QUERY_LENGTH} characters.`, { q: `Use at most ${MAX_QUERY_LENGTH} characters.` });
  }
  return text;
}
