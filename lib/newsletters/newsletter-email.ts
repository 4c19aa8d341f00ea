import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/** One piece in a message: the full text for a recipient decideAccess allowed, else the teaser and a way to subscribe. */
export interface EmailPiece {
  title: string;
  standfirst: string;
  url: string;
  /** Sanitized HTML stored when the article was saved: the teaser, plus the gated part only when allowed. */
  html: string;
  isTeaserOnly: boolean;
  /** Where a teaser-only recipient can subscribe or sign in to read on. */
  subscribeUrl: string;
}

export interface NewsletterEmailProps {
  siteName: string;
  heading: string;
  /** A segment message's own text (sanitized HTML), shown before any piece. */
  bodyHtml?: string;
  pieces: readonly EmailPiece[];
  /** Why the recipient gets this, and how to stop (null: a message to a segment of members). */
  footer: { reason: string; unsubscribeUrl: string | null };
  /** The site's language: the e-mail's own words (links, footer) are in it. */
  locale: Locale;
}

const text = { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "17px", lineHeight: "1.55", color: "#1c1c1c" };

/**
 * A newsletter issue, a digest or a message to members, as one e-mail (React Email): the
 * HTML part, and the plain-text part from the same tree. React is loaded on first use, not
 * with the module: the production server sets NODE_ENV while starting, and a React loaded
 * before that (the development build) would meet react-dom's production renderer.
 */
export async function renderNewsletterEmail(props: NewsletterEmailProps): Promise<{ html: string; text: string }> {
  const [{ createElement: h, Fragment }, { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text }, { render }] = await Promise.all([
    import("react"),
    import("@react-email/components"),
    import("@react-email/render"),
  ]);
  const t = translator(props.locale, "email");
  const piece = (p: EmailPiece) =>
    h(
      Section,
      { key: p.url, style: { marginTop: "24px" } },
      props.pieces.length > 1 ? h(Heading, { as: "h2", style: { ...text, fontSize: "22px" } }, h(Link, { href: p.url }, p.title)) : null,
      p.standfirst ? h(Text, { style: { ...text, fontStyle: "italic" } }, p.standfirst) : null,
      h("div", { style: text, dangerouslySetInnerHTML: { __html: p.html } }),
      p.isTeaserOnly
        ? h(Text, { style: text }, t("newsletter.forSubscribers"), " ", h(Link, { href: p.subscribeUrl }, t("newsletter.subscribeToRead")), t("newsletter.subscribeToReadEnd"))
        : h(Text, { style: text }, h(Link, { href: p.url }, t("newsletter.readOnSite"))),
    );
  const element = h(
    Html,
    { lang: props.locale },
    h(Head),
    h(Preview, null, props.pieces[0]?.standfirst || props.heading),
    h(
      Body,
      { style: { backgroundColor: "#f6f4ef", margin: 0, padding: "24px 0" } },
      h(
        Container,
        { style: { backgroundColor: "#ffffff", maxWidth: "640px", padding: "24px 32px" } },
        h(Text, { style: { ...text, fontSize: "14px", textTransform: "uppercase", letterSpacing: "0.08em" } }, props.siteName),
        h(Heading, { as: "h1", style: { ...text, fontSize: "28px", lineHeight: "1.2" } }, props.heading),
        props.bodyHtml ? h("div", { style: text, dangerouslySetInnerHTML: { __html: props.bodyHtml } }) : null,
        ...props.pieces.map(piece),
        h(Hr),
        h(
          Text,
          { style: { ...text, fontSize: "13px", color: "#555555" } },
          props.footer.reason,
          props.footer.unsubscribeUrl ? h(Fragment, null, " ", h(Link, { href: props.footer.unsubscribeUrl }, t("newsletter.unsubscribe"))) : null,
        ),
      ),
    ),
  );
  const [html, plain] = await Promise.all([render(element), render(element, { plainText: true })]);
  // html-to-text drops links' targets it cannot show; the unsubscribe URL must be in the text part.
  const textPart = props.footer.unsubscribeUrl && !plain.includes(props.footer.unsubscribeUrl) ? `${plain}\n\n${t("newsletter.unsubscribeText", { url: props.footer.unsubscribeUrl })}` : plain;
  return { html, text: textPart };
}
