import { escapeAttribute, escapeText } from "entities";
import { describeRequirement, formatCcap } from "@/lib/access/describe-requirement";
import type { AccessDecision, Requirement } from "@/lib/access/types";

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
  /** `meterPeriod`: "this month" or "in the last 30 days", for a reader whose free articles are used up. */
  | { kind: "paywall"; requirement: Requirement; decision: AccessDecision; levelLabels: readonly string[]; meterPeriod?: string };

/**
 * `noticeHtml` is trusted markup built by the caller (a status line above the rest);
 * `personalised` marks a variant made for one signed-in reader (see app/_components/article-rest);
 * `meterMayOpen` marks a paywall box rendered without the reader's meter while a meter is on for
 * their kind: reached by a client-side navigation, the page is loaded again as a document, which
 * the server answers with the reader's meter weighed.
 */
export function renderArticleRest(
  rest: ArticleRest,
  options: { slug: string; noticeHtml?: string; personalised?: boolean; meterMayOpen?: boolean; giftable?: boolean },
): string {
  const mark = (options.personalised ? " data-personalised" : "") + (options.meterMayOpen && rest.kind === "paywall" ? " data-meter-may-open" : "");
  const inner =
    rest.kind === "full"
      ? // Stored HTML was sanitized when the article was saved.
        `<div class="gated-content"${mark}>${rest.gatedHtml}</div>`
      : renderPaywallBox(rest, `/articles/${options.slug}`, mark);
  // The button is wired by app/_components/article-rest (it asks /api/account/gifts for a link).
  const gift =
    options.giftable && rest.kind === "full"
      ? `<div class="gift-this" data-gift-article="${escapeAttribute(options.slug)}"><button type="button" class="button" data-gift-button>Gift this article</button> <output data-gift-output></output></div>`
      : "";
  return `${REST_START}${options.noticeHtml ?? ""}${inner}${gift}${REST_END}`;
}

/**
 * The box where the gated text would start. Its wording follows the access decision:
 * anonymous → sign in / subscribe; too low a level → upgrade; missing ccap → name it.
 */
function renderPaywallBox(rest: Extract<ArticleRest, { kind: "paywall" }>, returnTo: string, mark: string): string {
  const { requirement, decision, levelLabels } = rest;
  const back = encodeURIComponent(returnTo);
  const needs = describeRequirement(requirement, levelLabels);
  const isFreeAccount = requirement.level === 0 && requirement.ccaps.length === 0;
  const missingCcaps = decision.missing.ccaps.map(formatCcap).join(", ");
  let heading: string;
  let text: string;
  if (decision.reason === "anonymous") {
    heading = isFreeAccount ? "Create a free account to keep reading" : "This article is for subscribers";
    text = `To read on you need: ${needs}.`;
  } else if (decision.reason === "level-too-low" && decision.missing.level !== null) {
    const label = levelLabels[decision.missing.level] ?? `Level ${decision.missing.level}`;
    heading = `Upgrade to Level ${decision.missing.level} “${label}” to keep reading`;
    // Not "your current plan": a free member has none.
    text = `Your access does not include this article. It needs: ${needs}.`;
  } else {
    heading = `This article needs ${missingCcaps}`;
    text = `Your account does not include ${missingCcaps}. It needs: ${needs}.`;
  }
  if (decision.meter) {
    // The meter applied and is used up: say where the reader stands.
    const n = decision.meter.limit;
    heading = `You have read your ${n} free article${n === 1 ? "" : "s"} ${rest.meterPeriod ?? "this month"}`;
    text = `${decision.reason === "anonymous" ? "Subscribe or sign in" : "Subscribe"} to keep reading. This article needs: ${needs}.`;
  }
  const actions =
    decision.reason === "anonymous" && isFreeAccount
      ? [link(`/signup?callbackUrl=${back}`, "Create a free account", "button primary")]
      : [link(`/subscribe?return=${back}`, decision.reason === "anonymous" ? "Subscribe" : "See plans", "button primary")];
  if (decision.reason === "anonymous") actions.push(link(`/signin?callbackUrl=${back}`, "Sign in", "button"));
  return (
    `<aside class="paywall" aria-labelledby="paywall-heading" data-paywall${mark}>` +
    `<h2 id="paywall-heading">${escapeText(heading)}</h2>` +
    `<p>${escapeText(text)}</p>` +
    `<div class="actions">${actions.join("")}</div>` +
    `</aside>`
  );
}

function link(href: string, label: string, className: string): string {
  return `<a class="${className}" href="${escapeAttribute(href)}">${escapeText(label)}</a>`;
}
