import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/** Frame for account, sign-in and utility pages: the same header and navigation as every page. */
export function SimplePage({ title, children, narrow = true }: { title: string; children: ReactNode; narrow?: boolean }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <div className={narrow ? "narrow" : "article"}>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </>
  );
}
