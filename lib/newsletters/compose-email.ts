import { decideAccess } from "@/lib/access/decide-access";
import type { Viewer } from "@/lib/access/types";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { renderMarkdown } from "@/lib/content/render-markdown";
import type { IssueContent } from "./load-issue-content";
import { renderNewsletterEmail, type EmailPiece } from "./newsletter-email";
import { oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe-token";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface ComposeOptions {
  issue: IssueContent;
  recipient: { userId: string; email: string; viewer: Viewer };
  /** The gated part of a piece, read only when decideAccess allowed this recipient. */
  loadGatedHtml: (articleId: number) => Promise<string>;
  siteName: string;
  origin: string;
  secret: string;
  now: Date;
  /** The site's language, for the e-mail's own words. */
  locale: Locale;
}

/**
 * One recipient's copy of an issue. Each piece goes through decideAccess for THIS
 * recipient (no meter, gift or organisation: those belong to a request on the site):
 * allowed → teaser and gated part; otherwise the teaser and a link to subscribe. Newsletter
 * copies carry RFC 8058 one-click unsubscribe headers.
 */
export async function composeEmail(o: ComposeOptions): Promise<OutgoingEmail> {
  const pieces: EmailPiece[] = [];
  for (const p of o.issue.pieces) {
    const isOwnArticle = o.recipient.viewer.kind === "member" && p.authorUserIds.includes(o.recipient.viewer.id);
    const decision = decideAccess(o.recipient.viewer, p.requirement, { now: o.now, isPublished: p.isPublished, isOwnArticle });
    if (decision.reason === "unpublished") continue;
    const url = new URL(`/articles/${p.slug}`, o.origin).toString();
    const subscribeUrl = new URL(`/subscribe?${new URLSearchParams({ return: `/articles/${p.slug}` })}`, o.origin).toString();
    const html = decision.allowed ? p.teaserHtml + (await o.loadGatedHtml(p.id)) : p.teaserHtml;
    pieces.push({ title: p.title, standfirst: p.standfirst, url, html, isTeaserOnly: !decision.allowed, subscribeUrl });
  }
  const newsletter = o.issue.newsletter;
  const unsubscribe = newsletter ? unsubscribeUrl({ origin: o.origin, userId: o.recipient.userId, newsletterId: newsletter.id, secret: o.secret }) : null;
  const t = translator(o.locale, "email");
  const reason = newsletter
    ? t("newsletter.reasonNewsletter", { newsletter: newsletter.name, site: o.siteName })
    : t("newsletter.reasonMember", { site: o.siteName, url: new URL("/account", o.origin).toString() });
  const heading = o.issue.kind === "article" && pieces.length === 1 ? pieces[0]!.title : o.issue.subject;
  const { html, text } = await renderNewsletterEmail({
    siteName: o.siteName,
    heading,
    bodyHtml: o.issue.bodyMarkdown ? renderMarkdown(o.issue.bodyMarkdown) : undefined,
    pieces,
    footer: { reason, unsubscribeUrl: unsubscribe },
    locale: o.locale,
  });
  const headers: Record<string, string> = {};
  if (newsletter && unsubscribe) {
    const link = { origin: o.origin, userId: o.recipient.userId, newsletterId: newsletter.id, secret: o.secret };
    headers["List-Unsubscribe"] = `<${oneClickUnsubscribeUrl(link)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    headers["List-Id"] = `${newsletter.name.replace(/[<>"]/g, "")} <newsletter-${newsletter.id}.${new URL(o.origin).hostname}>`;
  }
  return { to: o.recipient.email, subject: o.issue.subject, text, html, headers };
}
