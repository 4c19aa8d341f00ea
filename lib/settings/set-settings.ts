import type { Database } from "@/db/client";
import { settings } from "@/db/schema";
import { getSettings, settingsSchema, type Settings } from "./settings";

/**
 * Stores some settings after validating them with the same schema getSettings reads
 * with. Returns the keys whose value changed, with before and after (for the audit log).
 */
export async function setSettings(db: Database, patch: Partial<Settings>): Promise<{ key: keyof Settings; before: unknown; after: unknown }[]> {
  const parsed = settingsSchema.partial().parse(patch);
  const current = await getSettings(db);
  const changed: { key: keyof Settings; before: unknown; after: unknown }[] = [];
  for (const [key, value] of Object.entries(parsed) as [keyof Settings, unknown][]) {
    if (value === undefined || JSON.stringify(current[key]) === JSON.stringify(value)) continue;
    await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
    changed.push({ key, before: current[key], after: value });
  }
  return changed;
}
