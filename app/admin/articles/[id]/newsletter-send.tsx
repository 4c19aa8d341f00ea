import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { articleNewsletterState } from "@/lib/newsletters/article-newsletter-state";
import { listNewsletters } from "@/lib/newsletters/list-newsletters";
import { AdminForm } from "../../_components/admin-form";

/** "Send to newsletter X" for a published piece: preview, a test to oneself, then the send (once per newsletter). */
export async function NewsletterSend({ articleId }: { articleId: number }) {
  const db = await getDb();
  const [newsletters, state] = await Promise.all([listNewsletters(db), articleNewsletterState(db, articleId, new Date())]);
  if (newsletters.length === 0) return null;
  const t = await getTranslations("admin.newsletterSend");
  return (
    <section data-testid="newsletter-send">
      <h2>{t("heading")}</h2>
      {!state.isPublished && <p className="meta">{t("publishFirst")}</p>}
      <ul className="plain-list">
        {newsletters.map((n) => {
          const preview = `/api/admin/newsletters/${n.id}/preview?article=${articleId}`;
          return (
            <li key={n.id}>
              <strong>{n.name}</strong> ({t("subscribers", { count: n.subscribers })}) · {t("previewAs")}{" "}
              <a href={`${preview}&as=0`} target="_blank" rel="noreferrer">
                {t("level", { level: 0 })}
              </a>{" "}
              /{" "}
              <a href={`${preview}&as=2`} target="_blank" rel="noreferrer">
                {t("level", { level: 2 })}
              </a>
              {state.sentTo.includes(n.id) ? (
                <p className="meta">{t("sent")}</p>
              ) : (
                state.isPublished && (
                  <>
                    <AdminForm action={`/api/admin/newsletters/${n.id}/test`} className="inline-form" label={t("testLabel", { name: n.name })} extra={{ articleId: String(articleId) }}>
                      <button className="button" type="submit">
                        {t("sendTest")}
                      </button>
                    </AdminForm>
                    <AdminForm action={`/api/admin/newsletters/${n.id}/send`} className="inline-form" label={t("sendTo", { name: n.name })} extra={{ kind: "article", articleId: String(articleId) }} confirm={t("sendConfirm", { count: n.subscribers, name: n.name })}>
                      <button className="button primary" type="submit">
                        {t("sendTo", { name: n.name })}
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
