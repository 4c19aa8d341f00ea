import { SaxesParser } from "saxes";
import type { WxrAuthor, WxrCategory, WxrItem, WxrRecord, WxrTag } from "./wxr-types";

/** The elements whose children make one record; everything else is read only inside them. */
const RECORDS = new Set(["wp:author", "wp:category", "wp:tag", "item"]);

interface Open {
  name: string;
  line: number;
  fields: Map<string, string>;
  categories: WxrItem["categories"];
  meta: Map<string, string>;
  comments: number;
  /** Inside a `wp:postmeta`: its key and value, collected before it closes. */
  metaKey: string;
  metaValue: string;
  category: { domain: string; nicename: string } | null;
}

const field = (o: Open, name: string) => o.fields.get(name)?.trim() ?? "";

function toRecord(o: Open): WxrRecord {
  if (o.name === "wp:author") {
    return {
      kind: "author",
      id: field(o, "wp:author_id"),
      login: field(o, "wp:author_login"),
      email: field(o, "wp:author_email"),
      displayName: field(o, "wp:author_display_name"),
      firstName: field(o, "wp:author_first_name"),
      lastName: field(o, "wp:author_last_name"),
      bio: field(o, "wp:author_description"),
    } satisfies WxrAuthor;
  }
  if (o.name === "wp:category") {
    return {
      kind: "category",
      id: field(o, "wp:term_id"),
      nicename: field(o, "wp:category_nicename"),
      parent: field(o, "wp:category_parent"),
      name: field(o, "wp:cat_name"),
      description: field(o, "wp:category_description"),
    } satisfies WxrCategory;
  }
  if (o.name === "wp:tag") {
    return { kind: "tag", id: field(o, "wp:term_id"), slug: field(o, "wp:tag_slug"), name: field(o, "wp:tag_name") } satisfies WxrTag;
  }
  return {
    kind: "item",
    line: o.line,
    id: field(o, "wp:post_id"),
    title: field(o, "title"),
    link: field(o, "link"),
    creator: field(o, "dc:creator"),
    content: o.fields.get("content:encoded") ?? "",
    excerpt: o.fields.get("excerpt:encoded") ?? "",
    postName: field(o, "wp:post_name"),
    dateGmt: field(o, "wp:post_date_gmt"),
    date: field(o, "wp:post_date"),
    status: field(o, "wp:status"),
    postType: field(o, "wp:post_type"),
    parent: field(o, "wp:post_parent"),
    attachmentUrl: field(o, "wp:attachment_url"),
    categories: o.categories,
    meta: o.meta,
    comments: o.comments,
  } satisfies WxrItem;
}

/**
 * Streams a WXR export: yields the site, then each author, category, tag and item as soon as
 * its element closes, so memory stays bounded by the largest item, not the file. Malformed
 * XML throws (with its line); a record with missing fields is the caller's to refuse.
 */
export async function* readWxr(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ position: true });
  const ready: WxrRecord[] = [];
  const path: string[] = [];
  let open: Open | null = null;
  let text = "";
  let baseUrl = "";
  let channelLink = "";
  let siteSent = false;

  parser.on("opentag", (tag) => {
    path.push(tag.name);
    text = "";
    if (!open && RECORDS.has(tag.name) && path.at(-2) === "channel") {
      if (!siteSent && tag.name === "item") {
        ready.push({ kind: "site", baseUrl: baseUrl || channelLink });
        siteSent = true;
      }
      open = { name: tag.name, line: parser.line, fields: new Map(), categories: [], meta: new Map(), comments: 0, metaKey: "", metaValue: "", category: null };
    } else if (open && tag.name === "category" && path.length === 4) {
      const attr = (n: string) => String(tag.attributes[n] ?? "");
      open.category = { domain: attr("domain"), nicename: attr("nicename") };
    }
  });
  const onText = (t: string) => {
    text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const depth = path.length;
    path.pop();
    if (!open) {
      if (depth === 3 && tag.name === "wp:base_blog_url") baseUrl = text.trim();
      if (depth === 3 && tag.name === "link") channelLink = text.trim();
      return;
    }
    if (depth === 3 && tag.name === open.name) {
      ready.push(toRecord(open));
      open = null;
    } else if (tag.name === "wp:comment" && depth === 4) {
      open.comments++;
    } else if (tag.name === "category" && open.category && depth === 4) {
      open.categories.push({ ...open.category, name: text.trim() });
      open.category = null;
    } else if (path.at(-1) === "wp:postmeta" && depth === 5) {
      if (tag.name === "wp:meta_key") open.metaKey = text.trim();
      if (tag.name === "wp:meta_value") open.metaValue = text;
    } else if (tag.name === "wp:postmeta" && depth === 4) {
      if (open.metaKey) open.meta.set(open.metaKey, open.metaValue);
      open.metaKey = open.metaValue = "";
    } else if (depth === 4) {
      open.fields.set(tag.name, text);
    }
    text = "";
  });

  const decoder = new TextDecoder();
  for await (const chunk of input) {
    parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    yield* ready.splice(0);
  }
  parser.write(decoder.decode());
  parser.close();
  if (!siteSent) ready.unshift({ kind: "site", baseUrl: baseUrl || channelLink });
  yield* ready.splice(0);
}
