import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { messagesFor } from "@/lib/i18n/catalogue";
import { siteConfig } from "@/lib/site-config";
import { accentStyle } from "@/lib/site-chrome/accent-style";
import { IntentPrefetch } from "./_components/intent-prefetch";
import { getSiteChrome } from "./_lib/site-chrome";
import "./globals.css";

/** The newsroom's name and favicon (admin → Site) over the environment's defaults. */
export async function generateMetadata(): Promise<Metadata> {
  const { identity } = await getSiteChrome();
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: identity.name, template: `%s · ${identity.name}` },
    description: identity.tagline,
    icons: { icon: identity.favicon ?? "/icon.svg" },
    alternates: { types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { identity, footerLinks } = await getSiteChrome();
  const t = await getTranslations("common");
  // The accent colour as CSS variables (--accent, --accent-fg) that buttons and links use.
  const style = (accentStyle(identity.accentColour) ?? undefined) as CSSProperties | undefined;
  return (
    <html lang={identity.language} style={style}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* Client components on every page word themselves from `common` only: the rest stays on the server. */}
        <NextIntlClientProvider messages={{ common: messagesFor(identity.language).common }}>{children}</NextIntlClientProvider>
        <IntentPrefetch />
        <footer className="site-footer">
          <div className="container">
            {footerLinks.length > 0 && (
              <nav aria-label={t("aboutThisSite")}>
                <ul className="footer-links">
                  {footerLinks.map((l) => (
                    <li key={l.href}>
                      <a href={l.href}>{l.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <p>
              {identity.name} — {identity.tagline}
            </p>
            <p>{t("publishedWithLede")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
