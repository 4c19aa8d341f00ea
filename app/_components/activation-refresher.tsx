"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * Reloads the article every two seconds (up to a minute) while the full text is not
 * there yet, i.e. until Stripe's webhook has activated the subscription.
 */
export function ActivationRefresher() {
  const active = useTranslations("common.forms")("subscriptionActive");
  useEffect(() => {
    const hasFullText = document.querySelector(".gated-content") !== null || document.querySelector("[data-paywall]") === null;
    if (hasFullText) {
      document.querySelector("[data-activating]")?.replaceChildren(active);
      return;
    }
    const tries = Number(sessionStorage.getItem("lede-activation-tries") ?? 0);
    if (tries >= 30) return;
    const timer = setTimeout(() => {
      sessionStorage.setItem("lede-activation-tries", String(tries + 1));
      window.location.reload();
    }, 2000);
    return () => clearTimeout(timer);
  }, [active]);
  return null;
}
