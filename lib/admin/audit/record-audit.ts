import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditEntry {
  actorId: string;
  /** Dotted name of what happened: "article.requirement", "member.level", "settings.update" … */
  action: string;
  targetType: string;
  targetId: string | number;
  before: unknown;
  after: unknown;
  reason?: string;
}

/** Appends one line to the audit log; call it in the same transaction as the change. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: String(entry.targetId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason?.trim() ?? "",
  });
}
