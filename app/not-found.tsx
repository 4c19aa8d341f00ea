import Link from "next/link";
import { useTranslations } from "next-intl";
import { SiteHeader } from "./_components/site-header";

export default function NotFound() {
  const t = useTranslations("reader.notFound");
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className="article">
          <h1>{t("title")}</h1>
          <p>{t("text")}</p>
          <p>
            <Link prefetch={false} href="/">{t("frontPage")}</Link> {t("orBrowse")} <Link prefetch={false} href="/latest">{t("latestArticles")}</Link>.
          </p>
        </div>
      </main>
    </>
  );
}
