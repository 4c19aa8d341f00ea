/**
 * Whether a URL segment can be a slug at all. Checked before any lookup, so bytes the
 * database refuses (NUL, broken UTF-8) or absurd lengths end as a 404, not an error.
 */
export function isValidSlug(slug: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u.test(slug);
}
