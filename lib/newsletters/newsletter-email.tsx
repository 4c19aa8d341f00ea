import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";

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
}

const text = { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "17px", lineHeight: "1.55", color: "#1c1c1c" };

/** A newsletter issue, a digest or a message to members, as one e-mail (React Email). */
export function NewsletterEmail(props: NewsletterEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.pieces[0]?.standfirst || props.heading}</Preview>
      <Body style={{ backgroundColor: "#f6f4ef", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", maxWidth: "640px", padding: "24px 32px" }}>
          <Text style={{ ...text, fontSize: "14px", textTransform: "uppercase", letterSpacing: "0.08em" }}>{props.siteName}</Text>
          <Heading as="h1" style={{ ...text, fontSize: "28px", lineHeight: "1.2" }}>
            {props.heading}
          </Heading>
          {props.bodyHtml && <div style={text} dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />}
          {props.pieces.map((piece) => (
            <Section key={piece.url} style={{ marginTop: "24px" }}>
              {props.pieces.length > 1 && (
                <Heading as="h2" style={{ ...text, fontSize: "22px" }}>
                  <Link href={piece.url}>{piece.title}</Link>
                </Heading>
              )}
              {piece.standfirst && <Text style={{ ...text, fontStyle: "italic" }}>{piece.standfirst}</Text>}
              <div style={text} dangerouslySetInnerHTML={{ __html: piece.html }} />
              {piece.isTeaserOnly ? (
                <Text style={text}>
                  The rest of this piece is for subscribers. <Link href={piece.subscribeUrl}>Subscribe or sign in to read it</Link>.
                </Text>
              ) : (
                <Text style={text}>
                  <Link href={piece.url}>Read it on the site</Link>
                </Text>
              )}
            </Section>
          ))}
          <Hr />
          <Text style={{ ...text, fontSize: "13px", color: "#555555" }}>
            {props.footer.reason}
            {props.footer.unsubscribeUrl && (
              <>
                {" "}
                <Link href={props.footer.unsubscribeUrl}>Unsubscribe</Link>
              </>
            )}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** The HTML and the plain-text part of a message, from the same React tree. */
export async function renderNewsletterEmail(props: NewsletterEmailProps): Promise<{ html: string; text: string }> {
  const element = <NewsletterEmail {...props} />;
  const [html, plain] = await Promise.all([render(element), render(element, { plainText: true })]);
  // html-to-text drops links' targets it cannot show; the unsubscribe URL must be in the text part.
  const text = props.footer.unsubscribeUrl && !plain.includes(props.footer.unsubscribeUrl) ? `${plain}\n\nUnsubscribe: ${props.footer.unsubscribeUrl}` : plain;
  return { html, text };
}
