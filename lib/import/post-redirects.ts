import type { PostContext } from "./post-context";
import type { WxrItem } from "./wxr-types";

/**
 * Every old address of a published post: `/?p=ID`, its permalink as exported, the date and
 * bare-slug permalink forms WordPress may have used, and its attachments' pages.
 */
export function postRedirects(item: WxrItem, to: string, ctx: Pick<PostContext, "baseUrl" | "attachments" | "attachmentsByParent">): { from: string; to: string }[] {
  const out = [{ from: `/?p=${item.id}`, to }];
  const path = (link: string) => {
    try {
      const url = new URL(link, ctx.baseUrl || "http://old.invalid");
      return url.pathname + url.search;
    } catch {
      return null;
    }
  };
  const own = item.link ? path(item.link) : null;
  if (own) out.push({ from: own, to });
  const name = item.postName;
  const d = item.date.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (name && d) {
    out.push({ from: `/${d[1]}/${d[2]}/${d[3]}/${name}/`, to }, { from: `/${d[1]}/${d[2]}/${name}/`, to }, { from: `/${name}/`, to });
  }
  for (const attachmentId of ctx.attachmentsByParent.get(item.id) ?? []) {
    out.push({ from: `/?attachment_id=${attachmentId}`, to });
    const link = ctx.attachments.get(attachmentId)?.link;
    const p = link ? path(link) : null;
    if (p) out.push({ from: p, to });
  }
  return out;
}
