import Link from "next/link";
import { useTranslations } from "next-intl";

/** Links to the previous and next pages of a listing whose pages live at `${base}/page/N`. */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  const t = useTranslations("common.pagination");
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? base : `${base}/page/${n}`);
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? <Link prefetch={false} href={href(page - 1)} rel="prev">{t("newer")}</Link> : <span />}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link prefetch={false} href={href(page + 1)} rel="next">{t("older")}</Link> : <span />}
    </nav>
  );
}
