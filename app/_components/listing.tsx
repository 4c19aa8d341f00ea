import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ArticleCard } from "@/lib/articles/article-card";
import { ArticleGrid } from "./article-card";
import { Pagination } from "./pagination";
import { SiteHeader, type CurrentSection } from "./site-header";

/** The frame shared by author, category, tag and latest pages. */
export function Listing(props: {
  current?: CurrentSection;
  header: ReactNode;
  cards: ArticleCard[];
  base: string;
  page: number;
  pages: number;
}) {
  const t = useTranslations("reader.listing");
  return (
    <>
      <SiteHeader current={props.current} />
      <main id="main" className="container">
        <div className="page-header">{props.header}</div>
        {props.cards.length === 0 ? <p>{t("empty")}</p> : <ArticleGrid cards={props.cards} headingLevel={2} />}
        <Pagination base={props.base} page={props.page} pages={props.pages} />
      </main>
    </>
  );
}
