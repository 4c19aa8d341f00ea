import { PostButton } from "@/app/_components/post-button";
import { getDb } from "@/db/client";
import { listSessions } from "@/lib/auth/list-sessions";
import { formatDate } from "@/lib/content/format-date";
import { formatRelativeTime } from "@/lib/content/format-relative-time";
import type { AccountSectionProps } from "./section-props";

/** Where the member is signed in, with sign-out per device. */
export async function SessionsSection({ member, now }: AccountSectionProps) {
  const sessions = await listSessions(await getDb(), { userId: member.viewer.id, now });
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <ul className="session-list" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} data-session-id={s.id}>
            <span>
              <strong data-testid="session-device">{s.device}</strong> — last seen <time dateTime={s.lastSeenAt.toISOString()} title={formatDate(s.lastSeenAt)}>{formatRelativeTime(s.lastSeenAt, now)}</time>, signed in{" "}
              <time dateTime={s.createdAt.toISOString()} title={formatDate(s.createdAt)}>
                {formatRelativeTime(s.createdAt, now)}
              </time>
              {s.id === member.sessionId && <strong> (this device)</strong>}
            </span>
            {s.id !== member.sessionId && <PostButton action="/api/account/sessions" body={{ action: "revoke", sessionId: s.id }} label="Sign out this device" />}
          </li>
        ))}
      </ul>
      <p>
        <PostButton action="/api/account/sessions" body={{ action: "revoke-others" }} label="Sign out of all other devices" />{" "}
        <PostButton action="/api/session/signout" label="Sign out" className="button primary" />
      </p>
    </section>
  );
}
