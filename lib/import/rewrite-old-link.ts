import { legacyKey } from "./legacy-key";

/**
 * A link to the old WordPress site as a Lede path: a post's permalink or `?p=` link to its
 * article, a category/tag/author archive to Lede's; anything else on the old site to its
 * path (the redirects table answers it). Links elsewhere are left alone.
 */
export function rewriteOldLink(href: string, options: { baseUrl: string; articlePathByOldPath: ReadonlyMap<string, string> }): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  const bare = (u: string) => u.replace(/^https?:/i, "");
  if (!base || !bare(href).toLowerCase().startsWith(bare(base).toLowerCase() + "/") && bare(href).toLowerCase() !== bare(base).toLowerCase()) return href;
  const rest = bare(href).slice(bare(base).length) || "/";
  if (/^\/wp-content\//i.test(rest)) return href;
  const hashAt = rest.indexOf("#");
  const fragment = hashAt < 0 ? "" : rest.slice(hashAt);
  const pathAndQuery = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const key = legacyKey(pathAndQuery);
  if (!key) return pathAndQuery + fragment;
  const article = options.articlePathByOldPath.get(key);
  if (article) return article + fragment;
  const archive = key.match(/^\/(category|tag|author)\/(?:.*\/)?([^/]+)$/);
  if (archive) return `/${archive[1] === "category" ? "categories" : archive[1] === "tag" ? "tags" : "authors"}/${archive[2]}${fragment}`;
  return pathAndQuery + fragment;
}
