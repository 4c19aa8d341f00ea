import { headers } from "next/headers";
import Link from "next/link";
import { getDb } from "@/db/client";
import { describeAccess } from "@/lib/access/describe-access";
import { listAccessSources } from "@/lib/access/list-access-sources";
import { managesAnOrganisation } from "@/lib/access/organisation/load-managed-organisation";
import { clientIp } from "@/server/http/client-ip";
import { formatCcap } from "@/lib/access/describe-requirement";
import { observeEntitlementExpiry } from "@/lib/billing/observe-entitlement-expiry";
import { formatDate } from "@/lib/content/format-date";
import { getSettings, levelLabel } from "@/lib/settings/settings";
import type { AccountSectionProps } from "./section-props";

/** What every grant gives now (plans, editors, complimentary), through lib/access. */
export async function AccessSection({ member, now }: AccountSectionProps) {
  const db = await getDb();
  const userId = member.viewer.id;
  const access = describeAccess(member.viewer.grants, now);
  // An access that ended by date is written to the history here if nothing saw it yet.
  const [settings, sources, isManager] = await Promise.all([
    getSettings(db),
    listAccessSources(db, { userId, now, clientIp: clientIp(await headers()) }),
    managesAnOrganisation(db, { userId }),
    observeEntitlementExpiry(db, { userId, now }),
  ]);
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">Your access</h2>
      <ul data-testid="access-sources">
        {sources.map((s) => (
          <li key={s.text} data-source={s.kind}>
            {s.text}
          </li>
        ))}
      </ul>
      {isManager && (
        <p>
          <Link href="/account/organisation">Manage your organisation&apos;s seats</Link>
        </p>
      )}
      <dl className="facts">
        <dt>Access level</dt>
        <dd data-testid="account-level">
          Level {access.level} “{levelLabel(settings, access.level)}”{access.levelSource === "plan" ? " through your subscription" : access.levelSource === "complimentary" ? " (complimentary)" : ""}
        </dd>
        <dt>Capabilities</dt>
        <dd data-testid="account-ccaps">
          {access.ccaps.length === 0
            ? "None"
            : access.ccaps.map((c) => (
                <span key={c.name} className="badge">
                  {formatCcap(c.name)}
                  {c.until ? ` until ${formatDate(c.until)}` : ""}
                </span>
              ))}
        </dd>
        {member.compLevel !== null && member.compUntil && (
          <>
            <dt>Complimentary access</dt>
            <dd>
              Level {member.compLevel} “{levelLabel(settings, member.compLevel)}” {member.compUntil > now ? "until" : "ended"} {formatDate(member.compUntil)}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
