/* The records of a WordPress export (WXR 1.1/1.2), as lib/import/read-wxr yields them. */

export interface WxrSite {
  kind: "site";
  /** The blog's address (`wp:base_blog_url`, else the channel's `link`), for internal links. */
  baseUrl: string;
}

export interface WxrAuthor {
  kind: "author";
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
  bio: string;
}

export interface WxrCategory {
  kind: "category";
  id: string;
  nicename: string;
  parent: string;
  name: string;
  description: string;
}

export interface WxrTag {
  kind: "tag";
  id: string;
  slug: string;
  name: string;
}

export interface WxrItem {
  kind: "item";
  /** 1-based line of the item's start in the export, for the report. */
  line: number;
  id: string;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  postName: string;
  dateGmt: string;
  date: string;
  status: string;
  postType: string;
  parent: string;
  attachmentUrl: string;
  categories: { domain: string; nicename: string; name: string }[];
  meta: Map<string, string>;
  comments: number;
}

export type WxrRecord = WxrSite | WxrAuthor | WxrCategory | WxrTag | WxrItem;
