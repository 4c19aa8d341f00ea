import { headers } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { describeAccess } from "@/lib/access/describe-access";
import { listAccessSources } from "@/lib/access/list-access-sources";
import { managesAnOrganisation } from "@/lib/access/organisation/load-managed-organisation";
import { clientIp } from "@/server/http/client-ip";
import { formatCcap } from "@/lib/access/describe-requirement";
import { observeEntitlementExpiry } from "@/lib/billing/observe-entitlement-expiry";
import { formatDate } from "@/lib/i18n/format";
import { getSettings, levelLabel } from "@/lib/settings/settings";
import type { AccountSectionProps } from "./section-props";

/** What every grant gives now (plans, editors, complimentary), through lib/access. */
export async function AccessSection({ member, now }: AccountSectionProps) {
  const db = await getDb();
  const userId = member.viewer.id;
  const access = describeAccess(member.viewer.grants, now);
  const [t, locale] = await Promise.all([getTranslations("account.access"), currentLocale()]);
  // An access that ended by date is written to the history here if nothing saw it yet.
  const [settings, sources, isManager] = await Promise.all([
    getSettings(db),
    listAccessSources(db, { userId, now, clientIp: clientIp(await headers()), locale }),
    managesAnOrganisation(db, { userId }),
    observeEntitlementExpiry(db, { userId, now }),
  ]);
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">{t("heading")}</h2>
      <ul data-testid="access-sources">
        {sources.map((s) => (
          <li key={s.text} data-source={s.kind}>
            {s.text}
          </li>
        ))}
      </ul>
      {isManager && (
        <p>
          <Link href="/account/organisation">{t("manageSeats")}</Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t("level")}</dt>
        <dd data-testid="account-level">
          {t("levelValue", { level: access.level, label: levelLabel(settings, access.level) })}
          {access.levelSource === "plan" ? t("throughSubscription") : access.levelSource === "complimentary" ? t("complimentarySuffix") : ""}
        </dd>
        <dt>{t("capabilities")}</dt>
        <dd data-testid="account-ccaps">
          {access.ccaps.length === 0
            ? t("none")
            : access.ccaps.map((c) => (
                <span key={c.name} className="badge">
                  {formatCcap(c.name)}
                  {c.until ? t("ccapUntil", { date: formatDate(c.until, locale) }) : ""}
                </span>
              ))}
        </dd>
        {member.compLevel !== null && member.compUntil && (
          <>
            <dt>{t("complimentary")}</dt>
            <dd>{t("compValue", { level: member.compLevel, label: levelLabel(settings, member.compLevel), ended: member.compUntil > now ? "no" : "yes", date: formatDate(member.compUntil, locale) })}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
