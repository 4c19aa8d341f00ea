import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { classifySendFailure } from "./email-transport";
import { renderNewsletterEmail } from "./newsletter-email";

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
const links = (node: Node): string[] => [
  ...(node.nodeName === "a" ? (node.attrs ?? []).filter((a) => a.name === "href").map((a) => a.value) : []),
  ...(node.childNodes ?? []).flatMap(links),
];

const piece = { title: "Convoy", standfirst: "A standfirst.", url: "https://news.example.org/articles/convoy", subscribeUrl: "https://news.example.org/subscribe?return=%2Farticles%2Fconvoy" };

// The first render loads React Email (slow on a busy machine).
describe("the newsletter e-mail", { timeout: 30_000 }, () => {
  it("has an HTML part with the subscribe and unsubscribe links for a teaser-only copy, and a text part with the same words", async () => {
    const { html, text } = await renderNewsletterEmail({
      siteName: "The Desk",
      heading: "Convoy",
      pieces: [{ ...piece, html: "<p>Teaser words here.</p>", isTeaserOnly: true }],
      footer: { reason: "You opted in.", unsubscribeUrl: "https://news.example.org/newsletters/unsubscribe?u=1&n=2&t=3" },
      locale: "en",
    });
    const hrefs = links(parse(html) as unknown as Node);
    expect(hrefs).toContain(piece.subscribeUrl);
    expect(hrefs).toContain("https://news.example.org/newsletters/unsubscribe?u=1&n=2&t=3");
    expect(text).toContain("Teaser words here.");
    expect(text).toContain("The rest of this piece is for subscribers.");
    expect(text).toContain("https://news.example.org/newsletters/unsubscribe?u=1&n=2&t=3");
    expect(text).not.toContain("<p>");
  });

  it("a full copy links to the piece and offers no subscription; a segment message has no unsubscribe link", async () => {
    const { html, text } = await renderNewsletterEmail({ siteName: "The Desk", heading: "Hello", bodyHtml: "<p>Our event.</p>", pieces: [{ ...piece, html: "<p>All of it.</p>", isTeaserOnly: false }], footer: { reason: "You are a member.", unsubscribeUrl: null }, locale: "en" });
    expect(links(parse(html) as unknown as Node)).toEqual([piece.url]);
    expect(text).toContain("Our event.");
    expect(text).not.toContain("subscribers");
  });

  it("speaks the site's language: a French copy says its links and footer in French", async () => {
    const unsubscribeUrl = "https://news.example.org/newsletters/unsubscribe?u=1&n=2&t=3";
    const { html, text } = await renderNewsletterEmail({ siteName: "The Desk", heading: "Convoi", pieces: [{ ...piece, html: "<p>Début.</p>", isTeaserOnly: true }], footer: { reason: "Inscrit.", unsubscribeUrl }, locale: "fr" });
    expect(html).toContain('lang="fr"');
    expect(text).toContain("La suite de cet article est réservée aux abonnés.");
    expect(text).toContain("Abonnez-vous ou connectez-vous pour la lire");
    expect(html).toContain("Se désabonner");
    expect(text).not.toContain("Unsubscribe");
    expect(text).not.toContain("subscribers");
  });
});

describe("an SMTP failure", () => {
  it.each([
    [{ responseCode: 550 }, "permanent"],
    [{ responseCode: 554 }, "permanent"],
    [{ responseCode: 451 }, "transient"],
    [{ code: "ECONNECTION" }, "transient"],
    [{ code: "ETIMEDOUT" }, "unknown"],
    [new Error("socket hang up"), "unknown"],
  ] as const)("%o is %s", (error, kind) => {
    expect(classifySendFailure(error)).toBe(kind);
  });
});
