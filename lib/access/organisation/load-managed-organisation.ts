import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organisationManagers, organisationSeats, organisations, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface ManagedOrganisation {
  id: number;
  name: string;
  seats: number;
  /** Seat holders and pending invitations: each takes a seat. */
  holders: { id: number; email: string; name: string | null; acceptedAt: Date | null; expiresAt: Date | null }[];
}

/** The organisations a member manages, with their seats (for /account/organisation). */
export async function loadManagedOrganisations(db: Database, options: { userId: string }): Promise<ManagedOrganisation[]> {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, seats: organisations.seats })
    .from(organisationManagers)
    .innerJoin(organisations, eq(organisations.id, organisationManagers.organisationId))
    .where(eq(organisationManagers.userId, options.userId))
    .orderBy(asc(organisations.name));
  if (rows.length === 0) return [];
  const seats = await db
    .select({ id: organisationSeats.id, organisationId: organisationSeats.organisationId, email: organisationSeats.email, name: users.name, acceptedAt: organisationSeats.acceptedAt, expiresAt: organisationSeats.expiresAt })
    .from(organisationSeats)
    .leftJoin(users, eq(users.id, organisationSeats.userId))
    .where(sql`${organisationSeats.organisationId} in ${rows.map((r) => r.id)}`)
    .orderBy(asc(organisationSeats.email));
  return rows.map((r) => ({ ...r, holders: seats.filter((s) => s.organisationId === r.id).map((s) => ({ id: s.id, email: s.email, name: s.name, acceptedAt: s.acceptedAt, expiresAt: s.expiresAt })) }));
}

/** Refuses a member who does not manage the organisation (404: its existence is nobody else's business). */
export async function requireManager(db: Database, options: { userId: string; organisationId: number }): Promise<{ name: string; seats: number }> {
  const [row] = await db
    .select({ name: organisations.name, seats: organisations.seats })
    .from(organisationManagers)
    .innerJoin(organisations, eq(organisations.id, organisationManagers.organisationId))
    .where(and(eq(organisationManagers.userId, options.userId), eq(organisationManagers.organisationId, options.organisationId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "You do not manage this organisation.");
  return row;
}

/** Whether a member manages any organisation (the account page links to its seats). */
export async function managesAnOrganisation(db: Database, options: { userId: string }): Promise<boolean> {
  const [row] = await db.select({ id: organisationManagers.organisationId }).from(organisationManagers).where(eq(organisationManagers.userId, options.userId)).limit(1);
  return Boolean(row);
}
