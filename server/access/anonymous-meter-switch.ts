import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { settings } from "@/db/schema";
import { parseMeterSettings } from "@/lib/articles/load-article-access";
import { keepRefreshed } from "./keep-refreshed";

/** How often the switch is read again, for changes made by another server process. */
const REFRESH_EVERY_MS = 15_000;

/**
 * Whether the free-article meter is on for anonymous readers, kept in memory so that an
 * anonymous request for a gated article costs nothing more while it is off (the shared page
 * is sent as it is). Read at start, on a short timer, and at once when an editor saves the
 * meter settings in this process (lib/access/meter/announce-access-settings-changed).
 */
export function startAnonymousMeterSwitch(db: () => Promise<Database>): { isOn: () => boolean; stop: () => void } {
  let on = false;
  const refresh = async () => {
    try {
      const rows = await (await db()).select().from(settings).where(inArray(settings.key, ["meterAnonymous"]));
      on = parseMeterSettings(Object.fromEntries(rows.map((r) => [r.key, r.value]))).anonymous > 0;
    } catch (e) {
      console.error("[lede] meter settings could not be read (tried again later):", e);
    }
  };
  const stop = keepRefreshed(refresh, REFRESH_EVERY_MS);
  return {
    isOn: () => on,
    stop,
  };
}
