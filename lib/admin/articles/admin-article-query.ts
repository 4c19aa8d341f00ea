import { z } from "zod";
import { serialIdSchema } from "@/lib/validation/ids";
import { isPlainText } from "@/lib/validation/has-control-characters";
import type { AdminArticleQuery } from "./list-admin-articles";

const optionalId = serialIdSchema.optional().catch(undefined);

const querySchema = z.object({
  status: z.enum(["draft", "submitted", "scheduled", "published"]).optional().catch(undefined),
  author: optionalId,
  category: optionalId,
  tag: optionalId,
  requirement: z.string().regex(/^(public|[0-4]|ccap:[a-z][a-z0-9_]{1,49})$/).optional().catch(undefined),
  q: z.string().max(200).refine(isPlainText).optional().catch(undefined),
  sort: z.enum(["updated", "published", "title"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

type Params = Record<string, string | string[] | undefined>;

/** The list's URL query (?status=&author=&…), where anything unusable simply drops out. */
export function parseAdminArticleQuery(params: Params): AdminArticleQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const q = querySchema.parse(flat);
  return { status: q.status, authorId: q.author, categoryId: q.category, tagId: q.tag, requirement: q.requirement, q: q.q, sort: q.sort, page: q.page };
}
