import { getTranslations } from "next-intl/server";
import { PostButton } from "@/app/_components/post-button";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { listSessions } from "@/lib/auth/list-sessions";
import { formatDate, formatRelativeTime } from "@/lib/i18n/format";
import type { AccountSectionProps } from "./section-props";

/** Where the member is signed in, with sign-out per device. */
export async function SessionsSection({ member, now }: AccountSectionProps) {
  const [t, locale] = await Promise.all([getTranslations("account.sessions"), currentLocale()]);
  const sessions = await listSessions(await getDb(), { userId: member.viewer.id, now, locale });
  // Under a minute is "just now", as the account page has always said it (the formatter says "now").
  const ago = (date: Date) => (Math.abs(now.getTime() - date.getTime()) < 60_000 ? t("justNow") : formatRelativeTime(date, now, locale));
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t("heading")}</h2>
      <ul className="session-list" aria-label={t("aria")}>
        {sessions.map((s) => (
          <li key={s.id} data-session-id={s.id}>
            <span>
              <strong data-testid="session-device">{s.device}</strong>{" "}
              {t.rich("lastSeen", {
                lastSeen: ago(s.lastSeenAt),
                created: ago(s.createdAt),
                lastTime: (chunks) => (
                  <time dateTime={s.lastSeenAt.toISOString()} title={formatDate(s.lastSeenAt, locale)}>
                    {chunks}
                  </time>
                ),
                createdTime: (chunks) => (
                  <time dateTime={s.createdAt.toISOString()} title={formatDate(s.createdAt, locale)}>
                    {chunks}
                  </time>
                ),
              })}
              {s.id === member.sessionId && <strong>{t("thisDevice")}</strong>}
            </span>
            {s.id !== member.sessionId && <PostButton action="/api/account/sessions" body={{ action: "revoke", sessionId: s.id }} label={t("signOutDevice")} />}
          </li>
        ))}
      </ul>
      <p>
        <PostButton action="/api/account/sessions" body={{ action: "revoke-others" }} label={t("signOutOthers")} />{" "}
        <PostButton action="/api/session/signout" label={t("signOut")} className="button primary" />
      </p>
    </section>
  );
}
