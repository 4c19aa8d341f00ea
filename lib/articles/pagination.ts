export const PAGE_SIZE = 12;

/**
 * Reads a page number from a URL segment. Anything but a plain positive integer is
 * rejected (null → 404), so `0`, `-1`, `abc` and `1e3` never reach a query.
 */
export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Reads the optional `/page/N` tail of a listing URL; anything else is not a page (null → 404). */
export function pageFromSegments(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length !== 2 || segments[0] !== "page") return null;
  const n = parsePageNumber(segments[1]);
  // Page 1 lives at the bare URL; /page/1 is accepted as the same page.
  return n;
}
