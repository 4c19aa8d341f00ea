import { Suspense, type ReactNode } from "react";

/**
 * Server-rendered content the browser hydrates after the rest of the page, in slices: React
 * hydrates a Suspense boundary from the server's HTML at low priority, yielding to the browser
 * every few milliseconds, where the page outside any boundary is hydrated in one task (on a phone,
 * one long task of several hundred milliseconds: Lighthouse's Total Blocking Time). The
 * content shows at once either way; a click before its turn hydrates it first. Only for
 * content that is already rendered (nothing inside may wait on data), so the fallback never shows.
 */
export function DeferredHydration({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}

/** A page's main content (the skip link's target), hydrated as DeferredHydration says. */
export function DeferredMain({ className, children }: { className: string; children: ReactNode }) {
  return (
    <DeferredHydration>
      <main id="main" className={className}>
        {children}
      </main>
    </DeferredHydration>
  );
}
