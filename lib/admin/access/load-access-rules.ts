import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { tags } from "@/db/schema";
import { strictestRequirement } from "@/lib/access/effective-requirement";
import type { Requirement } from "@/lib/access/types";
import { getSettings } from "@/lib/settings/settings";
import { loadCategoryTree } from "@/lib/taxonomy/category-tree";
import { listCcapCatalogue } from "../settings/list-ccap-catalogue";

interface Rule {
  id: number;
  name: string;
  slug: string;
  description: string;
  level: number | null;
  ccaps: string[];
}

/** Categories (in tree order, with what they inherit from parents) and tags, with their requirements (the access rules and sections pages). */
export async function loadAccessRules(db: Database) {
  const [tree, tagRows, settings, catalogue] = await Promise.all([loadCategoryTree(db), db.select().from(tags).orderBy(asc(tags.name)), getSettings(db), listCcapCatalogue(db)]);
  const walk = (parent: number | null, depth: number): (Rule & { depth: number; inherited: Requirement })[] =>
    tree.children(parent).flatMap((c) => [
      {
        id: c.id,
        name: c.name,
        slug: c.slug,
        description: c.description,
        parentId: c.parentId,
        position: c.position,
        level: c.reqLevel,
        ccaps: c.reqCcaps,
        depth,
        inherited: strictestRequirement(tree.path(c.id).slice(0, -1).map((p) => ({ level: p.reqLevel, ccaps: p.reqCcaps }))),
      },
      ...walk(c.id, depth + 1),
    ]);
  return {
    categories: walk(null, 0).map((c) => ({ ...c, inherited: { level: c.inherited.level, ccaps: [...c.inherited.ccaps] } })),
    tags: tagRows.map((t): Rule => ({ id: t.id, name: t.name, slug: t.slug, description: t.description, level: t.reqLevel, ccaps: t.reqCcaps })),
    levelLabels: [...settings.levelLabels],
    catalogue,
  };
}
