/** First path segments of WordPress addresses that Lede's own routes never use. */
const WORDPRESS_SEGMENTS = new Set(["category", "tag", "author", "feed", "index.php"]);
const FRONT_QUERY = /^\/(?:index\.php)?\?(?:.*&)?(?:p|page_id|attachment_id|cat|tag|author)=/;

/**
 * Whether a request may be an old WordPress link, without any lookup: a front-page query
 * (`/?p=12`), a date permalink, a WordPress-only section, or a path ending in "/" (WordPress
 * ends every permalink with one; Lede never does). Ordinary Lede requests answer false and
 * pay nothing more.
 */
export function mayBeLegacyUrl(method: string | undefined, url: string | undefined): boolean {
  if ((method !== "GET" && method !== "HEAD") || !url || url.charCodeAt(0) !== 47 /* "/" */) return false;
  if (url.length > 1 && url.charCodeAt(1) === 63 /* "?" */) return FRONT_QUERY.test(url);
  const end = url.indexOf("?");
  const path = end < 0 ? url : url.slice(0, end);
  if (path.length > 1 && path.endsWith("/")) return !path.startsWith("/_next/");
  const second = path.indexOf("/", 1);
  const first = second < 0 ? path.slice(1) : path.slice(1, second);
  return /^\d{4}$/.test(first) || WORDPRESS_SEGMENTS.has(first) || FRONT_QUERY.test(url);
}
