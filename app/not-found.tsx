import Link from "next/link";
import { SiteHeader } from "./_components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className="article">
          <h1>Page not found</h1>
          <p>We could not find that page. It may have moved, or the address may be mistyped.</p>
          <p>
            <Link prefetch={false} href="/">Go to the front page</Link> or browse the <Link prefetch={false} href="/latest">latest articles</Link>.
          </p>
        </div>
      </main>
    </>
  );
}
