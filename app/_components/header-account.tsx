"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { HeaderReader } from "@/lib/site-chrome/describe-header-reader";
import { PostButton } from "./post-button";

/**
 * The header's per-reader corner. The page around it is shared by every visitor (cached),
 * so it is rendered for a visitor ("Sign in", "Subscribe") and filled in the browser from
 * `/api/account/header` (private, no-store): a member's name never sits in a shared page.
 */
export function HeaderAccount() {
  const t = useTranslations("common.account");
  const [reader, setReader] = useState<HeaderReader>({ signedIn: false });
  const [signInHref, setSignInHref] = useState("/signin");
  useEffect(() => {
    let live = true;
    fetch("/api/account/header", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<HeaderReader>) : null))
      .then((data) => {
        if (!live) return;
        if (data) setReader(data);
        // Back to this page after signing in (known only in the browser: the page is shared).
        const here = window.location.pathname + window.location.search;
        if (!here.startsWith("/signin")) setSignInHref(`/signin?callbackUrl=${encodeURIComponent(here)}`);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!reader.signedIn) {
    return (
      <nav aria-label={t("label")} className="account-links" data-reader="visitor">
        <a href={signInHref}>{t("signIn")}</a>
        <a href="/subscribe" className="button primary">
          {t("subscribe")}
        </a>
      </nav>
    );
  }
  return (
    <nav aria-label={t("label")} className="account-links" data-reader="member">
      <details className="account-menu">
        <summary>
          <span className="initials" aria-hidden="true">
            {reader.initials}
          </span>
          <span className="account-name">{reader.name}</span>
        </summary>
        <ul>
          <li>
            <a href="/account">{t("account")}</a>
          </li>
          <li>
            <PostButton action="/api/session/signout" label={t("signOut")} className="link-button" />
          </li>
        </ul>
      </details>
      {reader.showSubscribe && (
        <a href="/subscribe" className="button primary">
          {t("subscribe")}
        </a>
      )}
    </nav>
  );
}
