import Link from "next/link";
import { useTranslations } from "next-intl";
import { SiteHeader } from "./_components/site-header";

/** Shown with status 403 when a signed-in member opens a page their role does not allow. */
export default function Forbidden() {
  const t = useTranslations("reader.forbidden");
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className="article">
          <h1>{t("title")}</h1>
          <p>{t("text")}</p>
          <p>
            <Link href="/">{t("frontPage")}</Link>
          </p>
        </div>
      </main>
    </>
  );
}
