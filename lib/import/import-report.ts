/** The outcome of one object: what the import did with it. */
export type Outcome = "created" | "updated" | "unchanged" | "skipped" | "conflict" | "error";

export interface ReportEntry {
  kind: string;
  id: string;
  message: string;
}

/**
 * What an import did, by kind of object (posts, members, categories, …) and outcome, with
 * every item a newsroom must look at listed: unmapped shortcodes, unknown roles, missing
 * images, refused members, conflicts, members to re-link to Stripe.
 */
export interface ImportReport {
  dryRun: boolean;
  startedAt: string;
  finishedAt: string;
  counts: Record<string, Partial<Record<Outcome, number>>>;
  /** Things that were imported but need a look (listed by kind: "shortcode", "unknown-role", …). */
  notices: Record<string, ReportEntry[]>;
  /** Things that were refused (malformed items, invalid members). The run's exit code is 1 when any. */
  refused: ReportEntry[];
}

export function createReport(dryRun: boolean, now: Date): ImportReport {
  return { dryRun, startedAt: now.toISOString(), finishedAt: "", counts: {}, notices: {}, refused: [] };
}

export function count(report: ImportReport, kind: string, outcome: Outcome): void {
  const byOutcome = (report.counts[kind] ??= {});
  byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
}

/** Lists something to check; at most `MAX_PER_KIND` per kind are kept, the rest counted. */
const MAX_PER_KIND = 1000;
export function notice(report: ImportReport, kind: string, id: string, message: string): void {
  const list = (report.notices[kind] ??= []);
  if (list.length < MAX_PER_KIND) list.push({ kind, id, message });
  else if (list.length === MAX_PER_KIND) list.push({ kind, id: "…", message: "more not listed" });
}

export function refuse(report: ImportReport, kind: string, id: string, message: string): void {
  if (report.refused.length < MAX_PER_KIND * 10) report.refused.push({ kind, id, message });
  count(report, kind, "error");
}

/** The report as text for the terminal: counts by kind, then each listed item. */
export function formatReport(report: ImportReport): string {
  const lines = [`WordPress import${report.dryRun ? " (dry run: nothing was changed)" : ""}, ${report.startedAt} → ${report.finishedAt}`];
  for (const [kind, outcomes] of Object.entries(report.counts)) {
    lines.push(`  ${kind.padEnd(12)} ${Object.entries(outcomes).map(([o, n]) => `${o} ${n}`).join(", ")}`);
  }
  for (const [kind, entries] of Object.entries(report.notices)) {
    lines.push(`${kind} (${entries.length}):`);
    for (const e of entries.slice(0, 50)) lines.push(`  - ${e.id}: ${e.message}`);
    if (entries.length > 50) lines.push(`  … ${entries.length - 50} more in the JSON report`);
  }
  if (report.refused.length) {
    lines.push(`refused (${report.refused.length}):`);
    for (const e of report.refused.slice(0, 50)) lines.push(`  - ${e.kind} ${e.id}: ${e.message}`);
    if (report.refused.length > 50) lines.push(`  … ${report.refused.length - 50} more in the JSON report`);
  }
  return lines.join("\n");
}
