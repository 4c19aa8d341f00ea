import type { Database } from "@/db/client";
import { organisations } from "@/db/schema";
import { compileIpRanges, isInIpRanges, type IpRange } from "@/lib/access/institution/parse-ip-ranges";
import type { InstitutionGrant } from "@/lib/access/types";
import { keepRefreshed } from "./keep-refreshed";

/** How often the list is read again, for changes made by another server process. */
const REFRESH_EVERY_MS = 30_000;

interface Organisation {
  grant: InstitutionGrant;
  ranges: IpRange[];
}

/**
 * The organisations' address ranges, kept in memory so that an anonymous request from outside
 * every range costs nothing more (no query: the shared page is sent as it is). Read at start,
 * on a short timer, and at once when an editor changes organisations in this process.
 */
export function startOrganisationRanges(db: () => Promise<Database>): { match: (ip: string, now: Date) => InstitutionGrant | null; stop: () => void } {
  let list: Organisation[] = [];
  const refresh = async () => {
    try {
      const rows = await (await db()).select().from(organisations);
      list = rows
        .filter((r) => r.ipRanges.length > 0)
        .map((r) => ({ grant: { id: r.id, name: r.name, via: "range" as const, level: r.level, ccaps: r.ccaps, from: r.startsAt, until: r.endsAt }, ranges: compileIpRanges(r.ipRanges) }));
    } catch (e) {
      console.error("[lede] organisations could not be read (tried again later):", e);
    }
  };
  const stop = keepRefreshed(refresh, REFRESH_EVERY_MS);
  return {
    // An organisation in its term first, when ranges overlap; decideAccess weighs the term again.
    match: (ip, now) => {
      if (list.length === 0) return null;
      const inside = list.filter((o) => isInIpRanges(ip, o.ranges)).map((o) => o.grant);
      const current = (g: InstitutionGrant) => (g.from === null || g.from <= now) && (g.until === null || g.until > now);
      return inside.find(current) ?? inside[0] ?? null;
    },
    stop,
  };
}
