/** The sitemaps the index at /sitemap.xml lists; robots.txt names the index and the news sitemap. */
export const SITEMAP_INDEX_PATH = "/sitemap.xml";
export const PAGES_SITEMAP_PATH = "/sitemap-pages.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";
export const SITEMAPS = [PAGES_SITEMAP_PATH, NEWS_SITEMAP_PATH];
