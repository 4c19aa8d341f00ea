import type { Database } from "@/db/client";
import { emailLocale } from "@/lib/email/email-locale";
import { loadGatedHtml } from "@/lib/articles/load-gated-html";
import { composeEmail, type OutgoingEmail } from "./compose-email";
import { digestArticleIds } from "./digest-article-ids";
import { loadIssuePieces } from "./load-issue-content";
import { loadNewsletter } from "./load-newsletter";

/**
 * The newsletter's next copy as a member of `level` would get it (this piece, or the digest
 * as it stands), for the admin's preview: the same composition as a real send.
 */
export async function previewNewsletterEmail(db: Database, o: { newsletterId: number; articleId: number | null; level: number; origin: string; secret: string; siteName: string; now: Date }): Promise<OutgoingEmail> {
  const newsletter = await loadNewsletter(db, o.newsletterId);
  const ids = o.articleId !== null ? [o.articleId] : await digestArticleIds(db, newsletter, o.now);
  const pieces = await loadIssuePieces(db, ids, o.now);
  const kind = o.articleId !== null ? "article" : "digest";
  return composeEmail({
    issue: { id: 0, kind, subject: kind === "article" ? (pieces[0]?.title ?? newsletter.name) : newsletter.name, bodyMarkdown: "", newsletter: { id: newsletter.id, name: newsletter.name }, pieces },
    recipient: { userId: "preview", email: "preview@localhost", viewer: { kind: "member", id: "preview", role: "reader", grants: [{ source: "account", level: o.level, ccaps: [], until: null }] } },
    loadGatedHtml: (id) => loadGatedHtml(db, id),
    siteName: o.siteName,
    origin: o.origin,
    secret: o.secret,
    now: o.now,
    locale: await emailLocale(db),
  });
}
