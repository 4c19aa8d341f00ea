import { slugify } from "@/lib/admin/slugify";
import { count, refuse, type ImportReport } from "./import-report";
import type { TaxonomyIds } from "./import-taxonomy";
import { legacyKey } from "./legacy-key";
import type { AttachmentInfo, PlannedPost } from "./post-context";
import type { WxrAuthor, WxrCategory, WxrRecord, WxrTag } from "./wxr-types";

export interface WxrScan {
  baseUrl: string;
  authors: WxrAuthor[];
  categories: WxrCategory[];
  tags: WxrTag[];
  attachments: Map<string, AttachmentInfo>;
  attachmentsByParent: Map<string, string[]>;
  planned: Map<string, PlannedPost>;
  articlePathByOldPath: Map<string, string>;
  postCount: number;
  /** Old archive addresses (`/category/a/b/`, `/?cat=ID`, `/tag/x/`, `/author/login/`, `/feed/`) → Lede's. */
  termRedirects: (taxonomy: TaxonomyIds) => { from: string; to: string }[];
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const pathOf = (link: string, base: string) => {
  try {
    const u = new URL(link, base || "http://old.invalid");
    return u.pathname + u.search;
  } catch {
    return null;
  }
};

/**
 * Pass one over the export: its terms, attachments and the slug each post will get (so that
 * links between posts can be rewritten before the linked post is imported). Pages, comments
 * and other post types are counted and skipped. Keeps a few small facts per post, not posts.
 */
export async function scanWxr(records: AsyncIterable<WxrRecord>, report: ImportReport): Promise<WxrScan> {
  const scan: Omit<WxrScan, "termRedirects"> = {
    baseUrl: "",
    authors: [],
    categories: [],
    tags: [],
    attachments: new Map(),
    attachmentsByParent: new Map(),
    planned: new Map(),
    articlePathByOldPath: new Map(),
    postCount: 0,
  };
  const slugs = new Set<string>();
  for await (const r of records) {
    if (r.kind === "site") scan.baseUrl = r.baseUrl;
    else if (r.kind === "author") scan.authors.push(r);
    else if (r.kind === "category") scan.categories.push(r);
    else if (r.kind === "tag") scan.tags.push(r);
    else if (r.postType === "attachment") {
      scan.attachments.set(r.id, { url: r.attachmentUrl, caption: r.excerpt.trim(), alt: r.meta.get("_wp_attachment_image_alt")?.trim() ?? "", parent: r.parent, link: r.link });
      if (r.parent && r.parent !== "0") scan.attachmentsByParent.set(r.parent, [...(scan.attachmentsByParent.get(r.parent) ?? []), r.id]);
    } else if (r.postType === "post") {
      if (!r.id) {
        refuse(report, "post", `line ${r.line}`, "an item without wp:post_id");
        continue;
      }
      scan.postCount++;
      if (r.comments) for (let i = 0; i < r.comments; i++) count(report, "comment", "skipped");
      let slug = slugify(decode(r.postName)) || slugify(r.title) || `post-${r.id}`;
      if (slugs.has(slug)) slug = `${slug}-wp${r.id}`;
      slugs.add(slug);
      scan.planned.set(r.id, { slug, link: r.link });
      const to = `/articles/${slug}`;
      for (const from of [`/?p=${r.id}`, pathOf(r.link, scan.baseUrl)]) {
        const key = from && legacyKey(from);
        if (key) scan.articlePathByOldPath.set(key, to);
      }
    } else {
      count(report, r.postType === "page" ? "page" : "other-item", "skipped");
      if (r.comments) for (let i = 0; i < r.comments; i++) count(report, "comment", "skipped");
    }
  }
  const byNicename = new Map(scan.categories.map((c) => [c.nicename, c]));
  return {
    ...scan,
    termRedirects: (taxonomy) => {
      const out: { from: string; to: string }[] = [{ from: "/feed/", to: "/feeds/rss" }];
      for (const c of scan.categories) {
        const lede = taxonomy.categories.get(c.nicename);
        if (!lede) continue;
        const chain: string[] = [];
        const seen = new Set<string>();
        for (let at: WxrCategory | undefined = c; at && !seen.has(at.nicename); at = byNicename.get(at.parent)) {
          seen.add(at.nicename);
          chain.unshift(at.nicename);
        }
        const to = `/categories/${lede.slug}`;
        out.push({ from: `/category/${chain.join("/")}/`, to }, { from: `/category/${c.nicename}/`, to });
        if (c.id) out.push({ from: `/?cat=${c.id}`, to });
      }
      for (const t of scan.tags) {
        const lede = taxonomy.tags.get(t.slug);
        if (lede) out.push({ from: `/tag/${t.slug}/`, to: `/tags/${lede.slug}` });
      }
      for (const a of scan.authors) {
        const lede = taxonomy.authors.get(a.login);
        if (lede) out.push({ from: `/author/${a.login}/`, to: `/authors/${lede.slug}` });
      }
      return out;
    },
  };
}
