import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { newsletterOptIns, newsletters } from "@/db/schema";

export interface MemberNewsletter {
  id: number;
  name: string;
  description: string;
  cadence: "per-article" | "digest";
  isOptedIn: boolean;
}

/** Every newsletter, with whether this member (if any) receives it. */
export async function listMemberNewsletters(db: Database, userId: string | null): Promise<MemberNewsletter[]> {
  const optedIn = userId
    ? sql<boolean>`exists (select 1 from ${newsletterOptIns} where ${newsletterOptIns.newsletterId} = ${newsletters.id} and ${newsletterOptIns.userId} = ${userId})`
    : sql<boolean>`false`;
  const rows = await db.select({ id: newsletters.id, name: newsletters.name, description: newsletters.description, cadence: newsletters.cadence, isOptedIn: optedIn }).from(newsletters).orderBy(asc(newsletters.name));
  return rows.map((r) => ({ ...r, isOptedIn: Boolean(r.isOptedIn) }));
}

/** Newsletter ids from a form: `newsletter-<id>` checkboxes that are on (anything else is ignored). */
export function optInsFromForm(body: Record<string, unknown> | null): number[] {
  const ids: number[] = [];
  for (const [key, value] of Object.entries(body ?? {})) {
    const match = /^newsletter-(\d{1,9})$/.exec(key);
    if (match && (value === "on" || value === true)) ids.push(Number(match[1]));
  }
  return ids;
}

const idsSchema = z.array(z.number().int().min(1).max(2 ** 31 - 1)).max(200);

/**
 * Sets which newsletters a member receives: exactly `newsletterIds` (unknown ids are
 * ignored). Used by the account page, and at sign-up with the boxes ticked.
 */
export async function setNewsletterOptIns(db: Database, o: { userId: string; newsletterIds: readonly number[] }): Promise<void> {
  const wanted = idsSchema.parse([...new Set(o.newsletterIds)]);
  await db.transaction(async (t) => {
    const existing = wanted.length ? (await t.select({ id: newsletters.id }).from(newsletters).where(inArray(newsletters.id, wanted))).map((r) => r.id) : [];
    await t.delete(newsletterOptIns).where(and(eq(newsletterOptIns.userId, o.userId), existing.length ? notInArray(newsletterOptIns.newsletterId, existing) : undefined));
    if (existing.length) await t.insert(newsletterOptIns).values(existing.map((newsletterId) => ({ userId: o.userId, newsletterId }))).onConflictDoNothing();
  });
}
