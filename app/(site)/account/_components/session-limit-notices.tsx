import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { listSessionEvents } from "@/lib/auth/list-sessions";
import { formatDate } from "@/lib/i18n/format";
import { getSettings } from "@/lib/settings/settings";
import type { AccountSectionProps } from "./section-props";

const WEEK_MS = 7 * 86_400_000;

/** Says so when the device limit signed out one of the member's sessions this week. */
export async function SessionLimitNotices({ member, now }: AccountSectionProps) {
  const db = await getDb();
  const [settings, events, t, locale] = await Promise.all([getSettings(db), listSessionEvents(db, { userId: member.viewer.id, limit: 5 }), getTranslations("account.account"), currentLocale()]);
  const limitEvents = events.filter((e) => e.kind === "revoked-by-limit" && now.getTime() - e.createdAt.getTime() < WEEK_MS);
  return limitEvents.map((e, i) => (
    <p className="notice" role="status" key={i}>
      {t("sessionLimit", { max: settings.maxSessionsPerMember, detail: e.detail ?? "", date: formatDate(e.createdAt, locale) })}
    </p>
  ));
}
