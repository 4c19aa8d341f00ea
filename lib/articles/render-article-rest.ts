import { escapeAttribute, escapeText } from "entities";
import { paywallWording, type PaywallWordingInput } from "@/lib/billing/offer/paywall-wording";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/*
 * What follows the teaser on an article page, as one HTML string between two markers: the
 * gated text for a viewer who may read it, otherwise the paywall box worded for the viewer.
 * The shared (anonymous) page carries the anonymous variant; for a signed-in reader the
 * server replaces what lies between the markers (lib/articles/splice-article-rest), so the
 * cached page is reused without a second render.
 */
export const REST_START = "<!--lede:rest-->";
export const REST_END = "<!--/lede:rest-->";

export type ArticleRest =
  | { kind: "full"; gatedHtml: string }
  /** What the box needs to sell the piece (lib/billing/offer/paywall-wording; slug comes from the options). */
  | ({ kind: "paywall" } & Omit<PaywallWordingInput, "slug">);

/**
 * `noticeHtml` is trusted markup built by the caller (a status line above the rest);
 * `personalised` marks a variant made for one signed-in reader (see app/_components/article-rest);
 * `meterMayOpen` marks a paywall box rendered without the reader's meter while a meter is on for
 * their kind: reached by a client-side navigation, the page is loaded again as a document, which
 * the server answers with the reader's meter weighed.
 */
export function renderArticleRest(
  rest: ArticleRest,
  options: { slug: string; locale?: Locale; noticeHtml?: string; personalised?: boolean; meterMayOpen?: boolean; giftable?: boolean },
): string {
  const mark = (options.personalised ? " data-personalised" : "") + (options.meterMayOpen && rest.kind === "paywall" ? " data-meter-may-open" : "");
  const inner =
    rest.kind === "full"
      ? // Stored HTML was sanitized when the article was saved.
        `<div class="gated-content"${mark}>${rest.gatedHtml}</div>`
      : renderPaywallBox(rest, options.slug, mark);
  // The button is wired by app/_components/article-rest (it asks /api/account/gifts for a link).
  const gift =
    options.giftable && rest.kind === "full"
      ? `<div class="gift-this" data-gift-article="${escapeAttribute(options.slug)}"><button type="button" class="button" data-gift-button>${escapeText(translator(options.locale ?? DEFAULT_LOCALE, "reader")("article.giftThis"))}</button> <output data-gift-output></output></div>`
      : "";
  return `${REST_START}${options.noticeHtml ?? ""}${inner}${gift}${REST_END}`;
}

/**
 * The box where the gated text would start, worded by lib/billing/offer (the cheapest plan
 * that unlocks the piece, or a free account). The last teaser paragraph fades out into it
 * (globals.css: `.teaser-content:has(+ .article-rest [data-paywall])`).
 */
function renderPaywallBox(rest: Extract<ArticleRest, { kind: "paywall" }>, slug: string, mark: string): string {
  const w = paywallWording({ ...rest, slug });
  const links = w.links.map((l) => link(l.href, l.label, "paywall-link")).join(" ");
  return (
    `<aside class="paywall" aria-labelledby="paywall-heading" data-paywall${mark}${rest.offer ? ` data-offer-plan="${rest.offer.id}"` : ""}>` +
    `<h2 id="paywall-heading">${escapeText(w.heading)}</h2>` +
    `<p>${escapeText(w.text)}</p>` +
    `<div class="actions">${link(w.primary.href, w.primary.label, "button primary")}</div>` +
    (links ? `<p class="paywall-links">${links}</p>` : "") +
    `</aside>`
  );
}

function link(href: string, label: string, className: string): string {
  return `<a class="${className}" href="${escapeAttribute(href)}">${escapeText(label)}</a>`;
}
