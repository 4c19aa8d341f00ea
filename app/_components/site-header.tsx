import Link from "next/link";
import { siteConfig } from "@/lib/site-config";
import { SearchBox } from "./search-box";

export interface NavCategory {
  slug: string;
  name: string;
}

/** Masthead and section navigation; the same for every viewer, so it can sit in cached pages. */
export function SiteHeader({ sections }: { sections: NavCategory[] }) {
  return (
    <header className="site-header">
      <div className="container">
        <div className="masthead">
          <div>
            <Link href="/" className="site-name">
              {siteConfig.name}
            </Link>
            <p className="tagline">{siteConfig.description}</p>
          </div>
          <SearchBox id="site-search" />
          <nav aria-label="Account" className="account-links">
            <Link href="/account">Account</Link>
            <Link href="/subscribe" className="button primary">
              Subscribe
            </Link>
          </nav>
        </div>
        <nav aria-label="Sections" className="site-nav">
          <ul>
            <li>
              <Link href="/latest">Latest</Link>
            </li>
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/categories/${s.slug}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
