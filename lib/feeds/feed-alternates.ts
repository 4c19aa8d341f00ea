import { feedPaths } from "./resolve-feed-scope";

/**
 * The `alternates.types` of a listing page's metadata (Next's Metadata shape, spelled out
 * so lib/ needs no Next import): `<link rel="alternate">` to its RSS and Atom feeds.
 */
export function feedAlternates(listingPath: string, name: string): { types: Record<string, { url: string; title: string }[]> } {
  const paths = feedPaths(listingPath);
  return {
    types: {
      "application/rss+xml": [{ url: paths.rss, title: `${name} (RSS)` }],
      "application/atom+xml": [{ url: paths.atom, title: `${name} (Atom)` }],
    },
  };
}
