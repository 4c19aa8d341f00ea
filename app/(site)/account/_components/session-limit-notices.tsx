import { getDb } from "@/db/client";
import { listSessionEvents } from "@/lib/auth/list-sessions";
import { formatDate } from "@/lib/content/format-date";
import { getSettings } from "@/lib/settings/settings";
import type { AccountSectionProps } from "./section-props";

const WEEK_MS = 7 * 86_400_000;

/** Says so when the device limit signed out one of the member's sessions this week. */
export async function SessionLimitNotices({ member, now }: AccountSectionProps) {
  const db = await getDb();
  const [settings, events] = await Promise.all([getSettings(db), listSessionEvents(db, { userId: member.viewer.id, limit: 5 })]);
  const limitEvents = events.filter((e) => e.kind === "revoked-by-limit" && now.getTime() - e.createdAt.getTime() < WEEK_MS);
  return limitEvents.map((e, i) => (
    <p className="notice" role="status" key={i}>
      You can be signed in on {settings.maxSessionsPerMember} devices at once, so we signed out your oldest session ({e.detail}) on {formatDate(e.createdAt)}.
    </p>
  ));
}
