import Link from "next/link";
import type { SearchHit, SearchResult } from "@/lib/search/search-articles";
import type { SnippetSegment } from "@/lib/search/search-snippet";
import { GatedBadge } from "./article-card";
import { formatDate } from "./format-date";

/** Highlighted text as React text nodes and <mark> elements: never HTML, so it stays inert. */
function Highlighted({ segments }: { segments: SnippetSegment[] }) {
  return segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : s.text));
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li>
      <h2>
        <Link href={`/articles/${hit.slug}`}>{hit.title}</Link>
        <GatedBadge card={hit} />
      </h2>
      {hit.standfirst.length > 0 && (
        <p>
          <Highlighted segments={hit.standfirst} />
        </p>
      )}
      {hit.snippet.length > 0 && (
        <p className="snippet">
          <Highlighted segments={hit.snippet} />
        </p>
      )}
      <p className="meta">
        <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
      </p>
    </li>
  );
}

const pageHref = (query: string, page: number) => `/search?${new URLSearchParams(page === 1 ? { q: query } : { q: query, page: String(page) })}`;

function SearchPagination({ result }: { result: SearchResult }) {
  if (result.pages <= 1) return null;
  const { query, page, pages } = result;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? <Link href={pageHref(query, Math.min(page - 1, pages))} rel="prev">← Previous</Link> : <span />}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link href={pageHref(query, page + 1)} rel="next">Next →</Link> : <span />}
    </nav>
  );
}

/** The count, the hits and the pages of one search; or what to do when nothing matched. */
export function SearchResults({ result }: { result: SearchResult }) {
  const { query, total, isCapped, hits } = result;
  if (!query) return <p>Type a word or a phrase. Use quotes for an exact phrase and a minus sign to leave a word out.</p>;
  if (total === 0) {
    return (
      <p role="status" data-testid="search-count">
        No articles match “{query}”. Try fewer or different words.
      </p>
    );
  }
  return (
    <>
      <p role="status" data-testid="search-count">
        {isCapped
          ? `More than ${total.toLocaleString("en-GB")} articles match “${query}”; the ${total.toLocaleString("en-GB")} most recent are ranked here.`
          : `${total === 1 ? "1 article" : `${total.toLocaleString("en-GB")} articles`} match “${query}”.`}
      </p>
      {hits.length === 0 ? (
        <p>
          There are no results on this page. <Link href={pageHref(query, 1)}>Back to the first page</Link>.
        </p>
      ) : (
        <ol className="search-results" aria-label="Search results">
          {hits.map((hit) => (
            <Hit key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      <SearchPagination result={result} />
    </>
  );
}
