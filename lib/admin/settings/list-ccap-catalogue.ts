import { asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ccapCatalogue } from "@/db/schema";

export async function listCcapCatalogue(db: Database): Promise<{ name: string; label: string; description: string }[]> {
  return db.select().from(ccapCatalogue).orderBy(asc(ccapCatalogue.name));
}
