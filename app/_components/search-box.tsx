/** A plain GET form to /search: works without JavaScript and is the same for every viewer (cacheable). */
export function SearchBox({ id, query = "", large = false }: { id: string; query?: string; large?: boolean }) {
  return (
    <form action="/search" method="get" role="search" className={large ? "search-box large" : "search-box"}>
      <label htmlFor={id} className="visually-hidden">
        Search articles
      </label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={200} placeholder="Search articles" autoComplete="off" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
