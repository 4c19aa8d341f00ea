import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSiteChrome } from "@/app/_lib/site-chrome";
import type { NavLink } from "@/lib/settings/site-navigation";
import { HeaderAccount } from "./header-account";
import { SearchBox } from "./search-box";
import { SiteMenu } from "./site-menu";

/**
 * Where a page sits in the navigation: the addresses of its section, nearest first (an
 * article's category, then its parents). The first one the navigation links to is marked
 * `aria-current` — "page" when it is this very page.
 */
export interface CurrentSection {
  paths: readonly string[];
  isPage?: boolean;
}

function currentHref(links: readonly NavLink[], current: CurrentSection | undefined): string | null {
  for (const path of current?.paths ?? []) if (links.some((l) => l.href === path)) return path;
  return null;
}

function ariaCurrent(href: string, marked: string | null, current: CurrentSection | undefined): "page" | "true" | undefined {
  if (href !== marked) return undefined;
  return current?.isPage && current.paths[0] === href ? "page" : "true";
}

function NavList({ links, current }: { links: readonly NavLink[]; current: CurrentSection | undefined }) {
  const marked = currentHref(links, current);
  return (
    <ul>
      {links.map((l) => (
        <li key={`${l.href} ${l.label}`}>
          <Link href={l.href} prefetch={false} aria-current={ariaCurrent(l.href, marked, current)}>
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Announcement, masthead, one row of tools (menu, search, account) and the section
 * navigation, from the newsroom's site settings (lib/site-chrome). The same for every
 * viewer, so it sits in shared cached pages; the reader's own part (HeaderAccount) is
 * filled in the browser from a private endpoint.
 */
export async function SiteHeader({ current }: { current?: CurrentSection }) {
  const { identity, navigation } = await getSiteChrome();
  const t = await getTranslations("common.header");
  const links: NavLink[] = [{ label: t("latest"), href: "/latest" }, ...navigation];
  const announcement = identity.announcement;
  return (
    <>
      {announcement && (
        <aside className="announcement" aria-label={t("announcement")}>
          <div className="container">{announcement.href ? <a href={announcement.href}>{announcement.text}</a> : announcement.text}</div>
        </aside>
      )}
      <header className="site-header">
        <div className="container">
          <div className="masthead">
            <div className="brand">
              <Link href="/" className="site-name" prefetch={false}>
                {identity.logo ? <img src={identity.logo} alt={identity.name} className="site-logo" height={48} /> : identity.name}
              </Link>
              <p className="tagline">{identity.tagline}</p>
            </div>
            <div className="header-tools">
              <SiteMenu>
                <nav aria-label={t("sections")} className="site-menu-nav">
                  <NavList links={links} current={current} />
                </nav>
              </SiteMenu>
              <Link href="/search" className="search-link" prefetch={false}>
                <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
                  <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.4" />
                  <path d="m15.5 15.5 5.5 5.5" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
                </svg>
                <span className="visually-hidden">{t("search")}</span>
              </Link>
              <SearchBox id="site-search" />
              <HeaderAccount />
            </div>
          </div>
          <nav aria-label={t("sections")} className="site-nav">
            <NavList links={links} current={current} />
          </nav>
        </div>
      </header>
    </>
  );
}
