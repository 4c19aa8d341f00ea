import type { Mapping } from "./import-mappings";
import type { ImportReport } from "./import-report";
import type { TaxonomyIds } from "./import-taxonomy";
import type { S2MemberRules } from "./s2member-rules";

export interface AttachmentInfo {
  url: string;
  caption: string;
  alt: string;
  parent: string;
  link: string;
}

/** What pass one of the export learned about each post: its planned slug and old address. */
export interface PlannedPost {
  slug: string;
  link: string;
}

/** Everything importPost needs besides the item: built once per run. */
export interface PostContext {
  baseUrl: string;
  taxonomy: TaxonomyIds;
  rules: S2MemberRules;
  attachments: Map<string, AttachmentInfo>;
  /** Attachment ids by parent post id (attachment pages redirect to their post). */
  attachmentsByParent: Map<string, string[]>;
  planned: Map<string, PlannedPost>;
  /** Old path (legacyKey) → Lede article path, for links between posts. */
  articlePathByOldPath: Map<string, string>;
  known: Map<string, Mapping>;
  /** Every article's id by slug (loaded once), to step aside from slugs taken in Lede. */
  articleIdBySlug: Map<string, number>;
  /** Capability names already in the catalogue. */
  knownCcaps: Set<string>;
  teaserParagraphs: number;
  /** Lede URL of an image (copied from the uploads folder), or null when missing. */
  resolveImage: (src: string) => string | null;
  report: ImportReport;
  now: Date;
}
