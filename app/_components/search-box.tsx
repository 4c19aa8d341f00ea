import { useTranslations } from "next-intl";

/**
 * A plain GET form to /search: works without JavaScript and is the same for every viewer
 * (cacheable). An empty box has no value attribute at all, so that the server can put the
 * query into the shared search page (lib/search/splice-search-page) and hydration keeps it.
 */
export function SearchBox({ id, query = "", large = false }: { id: string; query?: string; large?: boolean }) {
  const t = useTranslations("common.searchBox");
  return (
    <form action="/search" method="get" role="search" className={large ? "search-box large" : "search-box"}>
      <label htmlFor={id} className="visually-hidden">
        {t("label")}
      </label>
      <input id={id} type="search" name="q" defaultValue={query || undefined} maxLength={200} placeholder={t("placeholder")} autoComplete="off" />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
