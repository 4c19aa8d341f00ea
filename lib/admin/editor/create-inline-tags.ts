import { inArray, like, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { tags } from "@/db/schema";
import { sectionPath } from "@/lib/taxonomy/section-path";
import { recordAudit } from "../audit/record-audit";
import { dropSectionRedirects } from "../sections/redirect-section-path";
import { slugify } from "../slugify";

/** "Gaddafi, oil , Gaddafi" → ["Gaddafi", "oil"]: names typed in the editor's "New tags" field. */
export function parseTagNames(raw: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of raw.split(",")) {
    const name = part.trim().replace(/\s+/g, " ");
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/**
 * The ids of the tags named in the editor, creating those that do not exist yet (matched
 * by name, case-insensitive, or by slug). A new tag carries no requirement of its own;
 * each creation is audited. Call it inside the article's save transaction.
 */
export async function createInlineTags(db: Database, names: readonly string[], actorId: string): Promise<number[]> {
  if (names.length === 0) return [];
  const slugs = names.map((n) => slugify(n));
  const existing = await db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(or(inArray(sql`lower(${tags.name})`, names.map((n) => n.toLowerCase())), inArray(tags.slug, slugs.filter(Boolean))));
  const ids: number[] = [];
  for (const [i, name] of names.entries()) {
    const found = existing.find((t) => t.name.toLowerCase() === name.toLowerCase() || t.slug === slugs[i]);
    if (found) {
      ids.push(found.id);
      continue;
    }
    const base = slugs[i] || "tag";
    const used = new Set((await db.select({ slug: tags.slug }).from(tags).where(like(tags.slug, `${base}%`))).map((r) => r.slug));
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    const [row] = await db.insert(tags).values({ name, slug }).returning({ id: tags.id });
    await dropSectionRedirects(db, sectionPath("tag", slug), { incoming: false });
    await recordAudit(db, { actorId, action: "tag.create", targetType: "tag", targetId: slug, before: null, after: { name, slug, from: "article editor" } });
    existing.push({ id: row!.id, name, slug });
    ids.push(row!.id);
  }
  return ids;
}
