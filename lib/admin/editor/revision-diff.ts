import { diffWordsWithSpace } from "diff";

export interface RevisionText {
  title: string;
  standfirst: string;
  bodyMarkdown: string;
  reqLevel: number | null;
  reqCcaps: readonly string[];
  neverMetered: boolean;
}

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface FieldDiff {
  field: "Title" | "Standfirst" | "Access" | "Body";
  changed: boolean;
  parts: DiffPart[];
}

function access(r: RevisionText): string {
  const who = r.reqLevel === null ? "Public" : `Level ${r.reqLevel} or above`;
  const ccaps = r.reqCcaps.length ? ` + ${[...r.reqCcaps].sort().join(", ")}` : "";
  return `${who}${ccaps}${r.neverMetered ? " · never metered" : ""}`;
}

/**
 * Word-level differences from `from` (older) to `to` (newer), field by field: title,
 * standfirst, access and the Markdown body (its paywall break marker included).
 */
export function revisionDiff(from: RevisionText, to: RevisionText): FieldDiff[] {
  const fields: [FieldDiff["field"], string, string][] = [
    ["Title", from.title, to.title],
    ["Standfirst", from.standfirst, to.standfirst],
    ["Access", access(from), access(to)],
    ["Body", from.bodyMarkdown, to.bodyMarkdown],
  ];
  return fields.map(([field, a, b]) => {
    const parts = diffWordsWithSpace(a, b).map((c): DiffPart => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
    return { field, changed: a !== b, parts };
  });
}
