import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { isPlainText } from "@/lib/validation/has-control-characters";

const querySchema = z.object({
  action: z.string().max(60).refine(isPlainText).optional().catch(undefined),
  target: z.string().max(60).refine(isPlainText).optional().catch(undefined),
  actor: z.string().max(254).refine(isPlainText).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditQuery = z.infer<typeof querySchema>;
export const AUDIT_PAGE_SIZE = 50;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  return querySchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])));
}

/** The audit log, newest first, filtered by action (prefix), target id, actor e-mail and dates. */
export async function listAudit(db: Database, q: AuditQuery) {
  const c: (SQL | undefined)[] = [];
  const escape = (s: string) => s.replace(/[%_\\]/g, "\\$&");
  if (q.action) c.push(ilike(auditLog.action, `${escape(q.action)}%`));
  if (q.target) c.push(or(eq(auditLog.targetId, q.target), eq(auditLog.targetType, q.target)));
  if (q.actor) c.push(ilike(users.email, `%${escape(q.actor)}%`));
  if (q.from) c.push(gte(auditLog.createdAt, q.from));
  if (q.to) c.push(lt(auditLog.createdAt, new Date(q.to.getTime() + 86_400_000)));
  const where = and(...c);
  const [rows, totals] = await Promise.all([
    db
      .select({ id: auditLog.id, action: auditLog.action, targetType: auditLog.targetType, targetId: auditLog.targetId, before: auditLog.before, after: auditLog.after, reason: auditLog.reason, createdAt: auditLog.createdAt, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(auditLog.actorId, users.id))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((q.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).leftJoin(users, eq(auditLog.actorId, users.id)).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
