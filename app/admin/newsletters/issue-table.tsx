import { getTranslations } from "next-intl/server";
import type { IssueSummary } from "@/lib/newsletters/list-newsletters";

const STATUSES = ["pending", "sending", "sent", "bounced", "failed", "unconfirmed"] as const;

/** Issues with their deliveries by status (the outbox's state). */
export async function IssueTable({ issues }: { issues: readonly IssueSummary[] }) {
  const t = await getTranslations("admin.newsletters");
  if (issues.length === 0) return <p>{t("nothingSent")}</p>;
  return (
    <table className="admin-table" data-testid="issues">
      <thead>
        <tr>
          <th>{t("sentColumn")}</th>
          <th>{t("kindColumn")}</th>
          <th>{t("subject")}</th>
          {STATUSES.map((s) => (
            <th key={s}>{t(`status.${s}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {issues.map((i) => (
          <tr key={i.id}>
            <td>{i.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
            <td>{t.has(`kind.${i.kind}` as "kind.digest") ? t(`kind.${i.kind}` as "kind.digest") : i.kind}</td>
            <td>{i.subject}</td>
            {STATUSES.map((s) => (
              <td key={s}>{i.statuses[s] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
