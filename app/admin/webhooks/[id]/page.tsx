import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { loadWebhookEndpoint } from "@/lib/webhooks/load-webhook-endpoint";
import { parseSerialId } from "@/lib/validation/ids";
import { AdminForm } from "../../_components/admin-form";
import { requireStaff } from "../../_lib/require-staff";
import { EndpointFields } from "../endpoint-fields";
import { ShowSecretForm } from "../show-secret-form";

export const dynamic = "force-dynamic";

const time = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaff("manageSiteSettings", `/admin/webhooks/${raw}`);
  const id = parseSerialId(raw);
  const loaded = id === null ? null : await loadWebhookEndpoint(await getDb(), id);
  if (!loaded) notFound();
  const { endpoint, deliveries } = loaded;
  const t = await getTranslations("adminPeople.webhooks");
  return (
    <>
      <h1>{t("endpoint")}</h1>
      <p>
        <code>{endpoint.url}</code> · {endpoint.enabled ? t("enabled") : t("disabled")}
      </p>
      <AdminForm action={`/api/admin/webhooks/${endpoint.id}`} label={t("settings")}>
        <EndpointFields url={endpoint.url} description={endpoint.description} events={endpoint.events} enabled={endpoint.enabled} />
        <button className="button primary" type="submit">
          {t("save")}
        </button>
      </AdminForm>
      <h2>{t("secret")}</h2>
      <ShowSecretForm action={`/api/admin/webhooks/${endpoint.id}/secret`} label={t("revealLabel")}>
        <button className="button" type="submit">
          {t("reveal")}
        </button>
      </ShowSecretForm>

      <h2>{t("deliveries")}</h2>
      <table className="admin-table" aria-label={t("deliveries")}>
        <thead>
          <tr>
            <th>{t("delivery")}</th>
            <th>{t("event")}</th>
            <th>{t("status")}</th>
            <th>{t("attempts")}</th>
            <th>{t("redeliver")}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} data-delivery={d.id}>
              <td>
                #{d.id}
                <div className="meta">{time(d.createdAt)}</div>
                {d.redeliveryOf && <div className="meta">{t("redeliveryOf", { id: d.redeliveryOf })}</div>}
              </td>
              <td>
                {d.eventType}
                <div className="meta">evt_{d.eventId}</div>
              </td>
              <td>
                {t(`deliveryStatus.${d.status}`)}
                {d.status === "pending" && <div className="meta">{t("nextTry", { when: time(d.nextAttemptAt) })}</div>}
              </td>
              <td>
                {d.log.length === 0 && <span className="meta">{t("notTried")}</span>}
                <ul className="picked">
                  {d.log.map((a) => (
                    <li key={a.id}>
                      {time(a.createdAt)} · {a.statusCode ?? t("noAnswer")} · {a.durationMs} ms{a.error ? ` · ${a.error}` : ""}
                      {a.responseExcerpt && (
                        <pre className="meta webhook-excerpt">
                          {a.responseExcerpt.slice(0, 300)}
                        </pre>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <PostButton action={`/api/admin/webhooks/${endpoint.id}/redeliver`} body={{ deliveryId: String(d.id) }} label={t("redeliver")} />
              </td>
            </tr>
          ))}
          {deliveries.length === 0 && (
            <tr>
              <td colSpan={5}>{t("noDeliveries")}</td>
            </tr>
          )}
        </tbody>
      </table>

      <h2>{t("remove")}</h2>
      <PostButton action={`/api/admin/webhooks/${endpoint.id}/delete`} label={t("removeLabel")} className="button danger" confirm={t("removeConfirm")} />
    </>
  );
}
