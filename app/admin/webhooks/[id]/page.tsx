import { notFound } from "next/navigation";
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
  return (
    <>
      <h1>Webhook endpoint</h1>
      <p>
        <code>{endpoint.url}</code> · {endpoint.enabled ? "enabled" : "disabled"}
      </p>
      <AdminForm action={`/api/admin/webhooks/${endpoint.id}`} label="Endpoint settings">
        <EndpointFields url={endpoint.url} description={endpoint.description} events={endpoint.events} enabled={endpoint.enabled} />
        <button className="button primary" type="submit">
          Save endpoint
        </button>
      </AdminForm>
      <h2>Signing secret</h2>
      <ShowSecretForm action={`/api/admin/webhooks/${endpoint.id}/secret`} label="Reveal the signing secret">
        <button className="button" type="submit">
          Reveal secret
        </button>
      </ShowSecretForm>

      <h2>Deliveries</h2>
      <table className="admin-table" aria-label="Deliveries">
        <thead>
          <tr>
            <th>Delivery</th>
            <th>Event</th>
            <th>Status</th>
            <th>Attempts (newest first)</th>
            <th>Redeliver</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={d.id} data-delivery={d.id}>
              <td>
                #{d.id}
                <div className="meta">{time(d.createdAt)}</div>
                {d.redeliveryOf && <div className="meta">redelivery of #{d.redeliveryOf}</div>}
              </td>
              <td>
                {d.eventType}
                <div className="meta">evt_{d.eventId}</div>
              </td>
              <td>
                {d.status}
                {d.status === "pending" && <div className="meta">next try {time(d.nextAttemptAt)} UTC</div>}
              </td>
              <td>
                {d.log.length === 0 && <span className="meta">not tried yet</span>}
                <ul className="picked">
                  {d.log.map((a) => (
                    <li key={a.id}>
                      {time(a.createdAt)} · {a.statusCode ?? "no answer"} · {a.durationMs} ms{a.error ? ` · ${a.error}` : ""}
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
                <PostButton action={`/api/admin/webhooks/${endpoint.id}/redeliver`} body={{ deliveryId: String(d.id) }} label="Redeliver" />
              </td>
            </tr>
          ))}
          {deliveries.length === 0 && (
            <tr>
              <td colSpan={5}>No deliveries yet.</td>
            </tr>
          )}
        </tbody>
      </table>

      <h2>Remove</h2>
      <PostButton action={`/api/admin/webhooks/${endpoint.id}/delete`} label="Remove this endpoint" className="button danger" confirm="Remove this endpoint and its delivery log?" />
    </>
  );
}
