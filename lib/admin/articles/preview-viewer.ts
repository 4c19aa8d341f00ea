import { z } from "zod";
import { ANONYMOUS, type Viewer } from "@/lib/access/types";

export type PreviewAs = { kind: "anonymous" } | { kind: "member"; level: number; ccaps: string[] };

const previewSchema = z.object({
  as: z.union([z.literal("anonymous"), z.coerce.number().int().min(0).max(4)]).catch("anonymous"),
  ccaps: z
    .string()
    .optional()
    .transform((s) => (s ?? "").split(",").map((c) => c.trim()).filter((c) => /^[a-z][a-z0-9_]{1,49}$/.test(c)))
    .catch([]),
});

/** Reads ?as=anonymous|0..4&ccaps=a,b from the preview page's URL. */
export function parsePreviewAs(params: Record<string, string | string[] | undefined>): PreviewAs {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const p = previewSchema.parse({ as: first(params.as), ccaps: first(params.ccaps) });
  return p.as === "anonymous" ? { kind: "anonymous" } : { kind: "member", level: p.as, ccaps: p.ccaps };
}

/**
 * A made-up reader for "preview as": exactly the grants a real member with that level and
 * those ccaps would have, and the reader role (so no staff bypass), for decideAccess.
 */
export function previewViewer(as: PreviewAs): Viewer {
  if (as.kind === "anonymous") return ANONYMOUS;
  return {
    kind: "member",
    id: "preview",
    role: "reader",
    grants: [
      { source: "account", level: as.level, ccaps: [], until: null },
      ...as.ccaps.map((c) => ({ source: "editor" as const, level: null, ccaps: [c], until: null })),
    ],
  };
}
