import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { requireStaff } from "../_lib/require-staff";
import { EndpointFields } from "./endpoint-fields";
import { ShowSecretForm } from "./show-secret-form";

export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  await requireStaff("manageSiteSettings", "/admin/webhooks");
  const [endpoints, t] = await Promise.all([listWebhookEndpoints(await getDb()), getTranslations("adminPeople.webhooks")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th>{t("url")}</th>
            <th>{t("events")}</th>
            <th>{t("state")}</th>
            <th>{t("waiting")}</th>
            <th>{t("failed")}</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((e) => (
            <tr key={e.id}>
              <td>
                <Link href={`/admin/webhooks/${e.id}`}>{e.url}</Link>
                {e.description && <div className="meta">{e.description}</div>}
              </td>
              <td>{e.events.join(", ")}</td>
              <td>{e.enabled ? t("enabled") : t("disabled")}</td>
              <td>{e.pending}</td>
              <td>{e.failed}</td>
            </tr>
          ))}
          {endpoints.length === 0 && (
            <tr>
              <td colSpan={5}>{t("noEndpoints")}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h2>{t("add")}</h2>
      <ShowSecretForm action="/api/admin/webhooks" label={t("add")} resetOnSuccess>
        <EndpointFields />
        <button className="button primary" type="submit">
          {t("addSubmit")}
        </button>
      </ShowSecretForm>
    </>
  );
}
