import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { isAppError } from "@/lib/errors";
import { listIssues, listSectionChoices } from "@/lib/newsletters/list-newsletters";
import { loadNewsletter } from "@/lib/newsletters/load-newsletter";
import { parseSerialId } from "@/lib/validation/ids";
import { AdminForm } from "../../_components/admin-form";
import { requireStaff } from "../../_lib/require-staff";
import { IssueTable } from "../issue-table";
import { NewsletterForm } from "../newsletter-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One newsletter: its settings, the digest (preview, test, send now) and its issues. */
export default async function NewsletterPage({ params }: Props) {
  const { id: raw } = await params;
  await requireStaff("publishArticles", `/admin/newsletters/${raw}`);
  const id = parseSerialId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const newsletter = await loadNewsletter(db, id).catch((e: unknown) => (isAppError(e) ? null : Promise.reject(e)));
  if (!newsletter) notFound();
  const [sections, issues] = await Promise.all([listSectionChoices(db), listIssues(db, id)]);
  const preview = `/api/admin/newsletters/${id}/preview`;
  const t = await getTranslations("admin.newsletters");
  return (
    <>
      <h1>{newsletter.name}</h1>
      <NewsletterForm newsletter={newsletter} sections={sections} />
      <section>
        <h2>{newsletter.cadence === "digest" ? t("nextDigest") : t("digest")}</h2>
        <p className="meta">{t("digestHint", { since: (newsletter.lastDigestAt ?? newsletter.createdAt).toISOString().slice(0, 16).replace("T", " ") })}</p>
        <p>
          {t("previewAs")} {[0, 1, 2, 3, 4].map((level) => (
            <a key={level} href={`${preview}?as=${level}`} target="_blank" rel="noreferrer" className="button">
              {t("level", { level })}
            </a>
          ))}{" "}
          <a href={`${preview}?as=0&format=text`} target="_blank" rel="noreferrer">
            {t("textPart")}
          </a>
        </p>
        <AdminForm action={`/api/admin/newsletters/${id}/test`} className="inline-form" label={t("sendTestLabel")}>
          <button className="button" type="submit">
            {t("sendTest")}
          </button>
        </AdminForm>
        <AdminForm action={`/api/admin/newsletters/${id}/send`} className="inline-form" label={t("sendDigestLabel")} extra={{ kind: "digest" }} confirm={t("sendDigestConfirm")}>
          <button className="button primary" type="submit">
            {t("sendDigest")}
          </button>
        </AdminForm>
      </section>
      <section>
        <h2>{t("issues")}</h2>
        <IssueTable issues={issues} />
      </section>
    </>
  );
}
