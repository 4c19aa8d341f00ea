import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ccapCatalogue } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** Refuses capabilities that are not in the catalogue (a typo would gate a piece for everyone). */
export async function validateCcaps(db: Database, ccaps: readonly string[], field = "ccaps"): Promise<void> {
  if (ccaps.length === 0) return;
  const known = await db.select({ name: ccapCatalogue.name }).from(ccapCatalogue).where(inArray(ccapCatalogue.name, [...ccaps]));
  const unknown = ccaps.filter((c) => !known.some((k) => k.name === c));
  if (unknown.length > 0) {
    const message = `Unknown capability: ${unknown.join(", ")}. Add it to the catalogue in Settings first.`;
    const words = { key: "unknownCcap" as const, values: { ccaps: unknown.join(", ") } };
    throw new AppError("INVALID_INPUT", message, { [field]: message }, words, { [field]: words });
  }
}
