import Link from "next/link";
import { SiteHeader } from "./_components/site-header";

/** Shown with status 403 when a signed-in member opens a page their role does not allow. */
export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className="article">
          <h1>Not allowed</h1>
          <p>Your account does not have access to this page. If you think it should, ask an editor or an administrator.</p>
          <p>
            <Link href="/">Go to the front page</Link>
          </p>
        </div>
      </main>
    </>
  );
}
