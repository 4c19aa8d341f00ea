import { sql, type SQL } from "drizzle-orm";
import { organisationSeats, organisations } from "@/db/schema";
import type { InstitutionGrant } from "../types";

interface OrganisationJson {
  id: number;
  name: string;
  level: number | null;
  ccaps: string[];
  startsAt: string | null;
  endsAt: string | null;
  via: "domain" | "seat";
}

/*
 * The domain part of the member's address, lower-cased; it matches an organisation's domain
 * itself or any subdomain of it ("ut.ee" matches "ut.ee" and "cs.ut.ee", never "xut.ee").
 */
const domainOfMember = sql.raw(`lower(split_part("users"."email", '@', 2))`);

/**
 * A column (for a query over `users`) with the organisations the member reads through: a seat
 * they hold, or an e-mail domain of the organisation when their address was proved (by an
 * e-mail link or code: `users.email_verified`). An unproved address matches nothing. Brought
 * in the session's own query, so it costs no extra round-trip.
 */
export function memberOrganisationsColumn(): SQL<OrganisationJson[] | null> {
  const userId = sql.raw(`"users"."id"`);
  const hasSeat = sql`exists (select 1 from ${organisationSeats} s where s.organisation_id = o.id and s.user_id = ${userId})`;
  const atDomain = sql`(${sql.raw(`"users"."email_verified"`)} is not null and exists (select 1 from unnest(o.email_domains) d where ${domainOfMember} = d or right(${domainOfMember}, length(d) + 1) = '.' || d))`;
  return sql<OrganisationJson[] | null>`(select json_agg(json_build_object(
      'id', o.id, 'name', o.name, 'level', o.level, 'ccaps', o.ccaps, 'startsAt', o.starts_at, 'endsAt', o.ends_at,
      'via', case when ${hasSeat} then 'seat' else 'domain' end) order by o.id)
    from ${organisations} o where ${hasSeat} or ${atDomain})`;
}

/** The member's organisations as decideAccess weighs them. */
export function organisationsOf(json: OrganisationJson[] | null): InstitutionGrant[] {
  return (json ?? []).map((o) => ({
    id: o.id,
    name: o.name,
    via: o.via,
    level: o.level,
    ccaps: o.ccaps ?? [],
    from: o.startsAt ? new Date(o.startsAt) : null,
    until: o.endsAt ? new Date(o.endsAt) : null,
  }));
}
