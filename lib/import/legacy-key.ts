/** Query parameters WordPress answers on its front page: `/?p=12`, `/?cat=5`, … */
const QUERY_IDS = ["p", "page_id", "attachment_id", "cat", "tag", "author"] as const;

/**
 * The key an old WordPress address is stored under in the redirects table: `/?p=12` for a
 * query link (on `/` or `/index.php`), else the decoded, lowercased path without its
 * trailing slash. Null for what cannot be an old link (or does not parse).
 */
export function legacyKey(pathAndQuery: string): string | null {
  let url: URL;
  try {
    url = new URL(pathAndQuery, "http://old.invalid");
  } catch {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).toLowerCase();
  } catch {
    return null;
  }
  if (path === "/" || path === "/index.php") {
    for (const name of QUERY_IDS) {
      const value = url.searchParams.get(name);
      if (value && /^[\w-]{1,200}$/.test(value)) return `/?${name}=${value.toLowerCase()}`;
    }
    return null;
  }
  path = path.replace(/\/+$/, "");
  return path.length > 1 && path.length <= 1000 ? path : null;
}
