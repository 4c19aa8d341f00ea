import Link from "next/link";
import { getDb } from "@/db/client";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { requireStaff } from "../_lib/require-staff";
import { EndpointFields } from "./endpoint-fields";
import { ShowSecretForm } from "./show-secret-form";

export const dynamic = "force-dynamic";

export default async function WebhooksPage() {
  await requireStaff("manageSiteSettings", "/admin/webhooks");
  const endpoints = await listWebhookEndpoints(await getDb());
  return (
    <>
      <h1>Webhooks</h1>
      <p>Lede posts a signed JSON body to each endpoint when one of its events happens, and retries for about a day. The README shows integrators how to verify the signature.</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th>URL</th>
            <th>Events</th>
            <th>State</th>
            <th>Waiting</th>
            <th>Failed</th>
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
              <td>{e.enabled ? "enabled" : "disabled"}</td>
              <td>{e.pending}</td>
              <td>{e.failed}</td>
            </tr>
          ))}
          {endpoints.length === 0 && (
            <tr>
              <td colSpan={5}>No endpoints yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      <h2>Add an endpoint</h2>
      <ShowSecretForm action="/api/admin/webhooks" label="Add an endpoint" resetOnSuccess>
        <EndpointFields />
        <button className="button primary" type="submit">
          Add endpoint
        </button>
      </ShowSecretForm>
    </>
  );
}
