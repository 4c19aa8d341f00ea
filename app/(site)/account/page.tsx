import { redirect } from "next/navigation";
import { AccountBilling } from "@/app/_components/account-billing";
import { formatDate } from "@/lib/content/format-date";
import { PostButton } from "@/app/_components/post-button";
import { SimplePage } from "@/app/_components/simple-page";
import { getDb } from "@/db/client";
import { listMemberInvoices } from "@/lib/billing/list-member-invoices";
import { listMemberSubscriptions } from "@/lib/billing/list-member-subscriptions";
import { memberCustomerId } from "@/lib/billing/member-customer-id";
import { billingMode } from "@/lib/billing/billing-mode";
import { describeAccess } from "@/lib/access/describe-access";
import { formatCcap } from "@/lib/access/describe-requirement";
import { observeEntitlementExpiry } from "@/lib/billing/observe-entitlement-expiry";
import { currentMember } from "@/lib/auth/current-member-next";
import { listSessionEvents, listSessions } from "@/lib/auth/list-sessions";
import { getSettings, levelLabel } from "@/lib/settings/settings";
import { listGiftLinks } from "@/lib/access/gift/list-gift-links";
import { GiftLinkTable } from "@/app/_components/gift-link-table";
import { env } from "@/lib/env";

export const metadata = { title: "Your account", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const member = await currentMember();
  if (!member) redirect("/signin?callbackUrl=/account");
  const db = await getDb();
  const now = new Date();
  const userId = member.viewer.id;
  const secret = env().AUTH_SECRET;
  const [settings, sessions, events, subscriptions, invoices, customerId, gifts] = await Promise.all([
    getSettings(db),
    listSessions(db, { userId, now }),
    listSessionEvents(db, { userId, limit: 5 }),
    listMemberSubscriptions(db, { userId, now }),
    listMemberInvoices(db, { userId, limit: 24 }),
    memberCustomerId(db, userId),
    secret ? listGiftLinks(db, { giverId: userId }, secret) : Promise.resolve([]),
  ]);
  // What every grant gives now (plans, editors, complimentary), through lib/access; an access that ended by date is written to the history here if nothing saw it yet.
  const access = describeAccess(member.viewer.grants, now);
  await observeEntitlementExpiry(db, { userId, now });
  const limitEvents = events.filter((e) => e.kind === "revoked-by-limit" && now.getTime() - e.createdAt.getTime() < 7 * 86_400_000);
  return (
    <SimplePage title="Your account">
      {limitEvents.map((e, i) => (
        <p className="notice" role="status" key={i}>
          You can be signed in on {settings.maxSessionsPerMember} devices at once, so we signed out your oldest session ({e.detail}) on {formatDate(e.createdAt)}.
        </p>
      ))}
      <dl className="facts">
        <dt>Name</dt>
        <dd>{member.name ?? "—"}</dd>
        <dt>E-mail</dt>
        <dd data-testid="account-email">{member.email}</dd>
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

      <AccountBilling subscriptions={subscriptions} invoices={invoices} mode={billingMode()} hasCustomer={customerId !== null} />

      {gifts.length > 0 && (
        <>
          <h2>Your gift links</h2>
          <GiftLinkTable links={gifts} action="/api/account/gifts" now={now} className="sessions" testId="gift-links" />
        </>
      )}

      <h2>Where you are signed in</h2>
      <ul className="session-list" aria-label="Sessions">
        {sessions.map((s) => (
          <li key={s.id} data-session-id={s.id}>
            <span>
              {s.device} — last seen {formatDate(s.lastSeenAt)}
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
    </SimplePage>
  );
}
