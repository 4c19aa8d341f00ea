import Link from "next/link";

/** Links to the previous and next pages of a listing whose pages live at `${base}/page/N`. */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? base : `${base}/page/${n}`);
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? <Link prefetch={false} href={href(page - 1)} rel="prev">← Newer</Link> : <span />}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link prefetch={false} href={href(page + 1)} rel="next">Older →</Link> : <span />}
    </nav>
  );
}
