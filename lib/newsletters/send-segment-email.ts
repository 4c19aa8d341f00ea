import { z } from "zod";
import type { Database } from "@/db/client";
import { recordAudit } from "@/lib/admin/audit/record-audit";
import { MAX_BULK_MEMBERS } from "@/lib/admin/members/bulk-member-action";
import { parseMemberQuery } from "@/lib/admin/members/member-query";
import { searchMembers } from "@/lib/admin/members/search-members";
import { parseInput } from "@/lib/admin/parse-input";
import { AppError } from "@/lib/errors";
import { enqueueIssue } from "./enqueue-issue";

const messageSchema = z.object({
  subject: z.string().trim().min(1, "Give the message a subject.").max(200),
  body: z.string().trim().min(1, "Write the message.").max(50_000),
});

/**
 * E-mails every member the members list's filter finds (labels, plan, status, level,
 * dates): a message written in Markdown, through the newsletter outbox, once per member.
 */
export async function sendSegmentEmail(db: Database, o: { actorId: string; filter: Record<string, string>; input: unknown; now: Date }): Promise<{ message: string; recipients: number }> {
  const form = parseInput(messageSchema, o.input);
  const query = parseMemberQuery(o.filter);
  const { rows, total } = await searchMembers(db, { ...query, page: 1 }, { now: o.now, limit: MAX_BULK_MEMBERS });
  if (total > MAX_BULK_MEMBERS) throw new AppError("INVALID_INPUT", `The filter finds ${total} members; narrow it to at most ${MAX_BULK_MEMBERS}.`, {}, { key: "filterTooBroad", values: { total, max: MAX_BULK_MEMBERS } });
  const userIds = rows.map((r) => r.id);
  const { recipients } = await enqueueIssue(db, { kind: "segment", subject: form.subject, bodyMarkdown: form.body, segment: { ...query, page: undefined }, createdBy: o.actorId }, { userIds }, (t, issueId) =>
    recordAudit(t, { actorId: o.actorId, action: "members.email-segment", targetType: "email_issue", targetId: issueId, before: { filter: query }, after: { subject: form.subject, members: userIds.length } }),
  );
  return { message: `Queued for ${recipients} member(s).`, recipients };
}
