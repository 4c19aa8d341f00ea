import type { IssueSummary } from "@/lib/newsletters/list-newsletters";

const STATUSES = ["pending", "sending", "sent", "bounced", "failed", "unconfirmed"] as const;

/** Issues with their deliveries by status (the outbox's state). */
export function IssueTable({ issues }: { issues: readonly IssueSummary[] }) {
  if (issues.length === 0) return <p>Nothing sent yet.</p>;
  return (
    <table className="admin-table" data-testid="issues">
      <thead>
        <tr>
          <th>Sent</th>
          <th>Kind</th>
          <th>Subject</th>
          {STATUSES.map((s) => (
            <th key={s}>{s}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {issues.map((i) => (
          <tr key={i.id}>
            <td>{i.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
            <td>{i.kind}</td>
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
