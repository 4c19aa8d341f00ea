import { getDb } from "@/db/client";
import { articleNewsletterState } from "@/lib/newsletters/article-newsletter-state";
import { listNewsletters } from "@/lib/newsletters/list-newsletters";
import { AdminForm } from "../../_components/admin-form";

/** "Send to newsletter X" for a published piece: preview, a test to oneself, then the send (once per newsletter). */
export async function NewsletterSend({ articleId }: { articleId: number }) {
  const db = await getDb();
  const [newsletters, state] = await Promise.all([listNewsletters(db), articleNewsletterState(db, articleId, new Date())]);
  if (newsletters.length === 0) return null;
  return (
    <section data-testid="newsletter-send">
      <h2>Send to a newsletter</h2>
      {!state.isPublished && <p className="meta">Publish the piece to send it.</p>}
      <ul className="plain-list">
        {newsletters.map((n) => {
          const preview = `/api/admin/newsletters/${n.id}/preview?article=${articleId}`;
          return (
            <li key={n.id}>
              <strong>{n.name}</strong> ({n.subscribers} subscriber(s)) · preview as{" "}
              <a href={`${preview}&as=0`} target="_blank" rel="noreferrer">
                level 0
              </a>{" "}
              /{" "}
              <a href={`${preview}&as=2`} target="_blank" rel="noreferrer">
                level 2
              </a>
              {state.sentTo.includes(n.id) ? (
                <p className="meta">Sent.</p>
              ) : (
                state.isPublished && (
                  <>
                    <AdminForm action={`/api/admin/newsletters/${n.id}/test`} className="inline-form" label={`Test ${n.name}`} extra={{ articleId: String(articleId) }}>
                      <button className="button" type="submit">
                        Send test to me
                      </button>
                    </AdminForm>
                    <AdminForm action={`/api/admin/newsletters/${n.id}/send`} className="inline-form" label={`Send to ${n.name}`} extra={{ kind: "article", articleId: String(articleId) }} confirm={`Send this piece to the ${n.subscribers} subscriber(s) of ${n.name}?`}>
                      <button className="button primary" type="submit">
                        Send to {n.name}
                      </button>
                    </AdminForm>
                  </>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
