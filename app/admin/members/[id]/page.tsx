import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { formatDate } from "@/lib/content/format-date";
import { listAccessSources } from "@/lib/access/list-access-sources";
import { loadMember } from "@/lib/admin/members/load-member";
import { loadMemberLabels } from "@/lib/admin/members/set-member-labels";
import { can, canActOnMember } from "@/lib/admin/permissions";
import { listCcapCatalogue } from "@/lib/admin/settings/list-ccap-catalogue";
import { getSettings, levelLabel } from "@/lib/settings/settings";
import { AdminForm } from "../../_components/admin-form";
import { SelectField, TextAreaField, TextField } from "../../_components/fields";
import { UnverifiedMark } from "../../_components/unverified-mark";
import { requireStaff } from "../../_lib/require-staff";
import { cancellableSubscriptions } from "@/lib/admin/members/cancel-member-subscription";
import { CancelSubscriptionForm } from "./cancel-subscription-form";
import { MemberRecords } from "./member-records";
import { PostButton } from "@/app/_components/post-button";
import { COMP_PRESET_DAYS, compPresetBody, compPresetLevel } from "@/lib/admin/members/comp-preset";
import { lastPayment } from "@/lib/admin/members/last-payment";
import { listMemberRefunds } from "@/lib/admin/members/list-member-refunds";
import { listOfferedPlans } from "@/lib/billing/list-plans";
import { RefundSection } from "./refund-section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function MemberPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaff("manageMembers", `/admin/members/${id}`);
  const db = await getDb();
  const now = new Date();
  const [member, catalogue, settings] = await Promise.all([loadMember(db, id, now), listCcapCatalogue(db), getSettings(db)]);
  if (!member) notFound();
  const [labels, sources, last, refunds, offered] = await Promise.all([
    loadMemberLabels(db, member.user.id),
    listAccessSources(db, { userId: member.user.id, now }),
    lastPayment(db, member.user.id),
    listMemberRefunds(db, member.user.id),
    listOfferedPlans(db),
  ]);
  const compLevel = compPresetLevel(offered.map((p) => p.level));
  const { user, entitlements: e } = member;
  const action = `/api/admin/members/${user.id}/entitlements`;
  const levels = settings.levelLabels.map((l, i) => ({ value: String(i), label: `${i} “${l}”` }));
  const compActive = e.compLevel !== null && e.compUntil !== null && e.compUntil > now;
  return (
    <>
      <h1>{user.name ?? user.email}</h1>
      <dl className="facts">
        <dt>E-mail</dt>
        <dd>
          {user.email}
          <UnverifiedMark isVerified={user.isVerified} />
        </dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
        <dt>Account level</dt>
        <dd data-testid="member-level">
          Level {e.level} “{levelLabel(settings, e.level)}”
        </dd>
        <dt>Complimentary</dt>
        <dd data-testid="member-comp">{e.compLevel !== null && e.compUntil ? `Level ${e.compLevel} ${compActive ? "until" : "ended"} ${e.compUntil.toISOString().slice(0, 16).replace("T", " ")} UTC` : "None"}</dd>
        <dt>Access from</dt>
        <dd>
          <ul data-testid="member-access-sources">
            {sources.map((s) => (
              <li key={s.text}>{s.text}</li>
            ))}
          </ul>
        </dd>
        <dt>Member since</dt>
        <dd>{formatDate(user.createdAt)}</dd>
      </dl>
      {!canActOnMember(staff.viewer.role, user.role) && (
        <p role="note" data-testid="above-your-role">
          This account is at or above your role: only an admin can change it or sign it out.
        </p>
      )}

      <h2>Labels and notes</h2>
      <AdminForm action={`/api/admin/members/${user.id}/labels`} label="Labels and notes">
        <TextField name="labels" label="Labels" defaultValue={labels.labels.join(", ")} hint="Comma-separated, e.g. press, vip." />
        <TextAreaField name="notes" label="Notes" defaultValue={labels.notes} rows={3} />
        <button className="button" type="submit">
          Save labels and notes
        </button>
      </AdminForm>

      <h2>Level</h2>
      <AdminForm action={action} className="inline-form" extra={{ action: "set-level" }} label="Set level">
        <SelectField name="level" label="Account level" defaultValue={String(e.level)} options={levels} />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Set level
        </button>
      </AdminForm>

      <h2>Complimentary access</h2>
      <p className="inline-form" aria-label="One-click complimentary access">
        {COMP_PRESET_DAYS.map((days) => (
          <PostButton key={days} action={action} body={compPresetBody(compLevel, days, now)} label={`Comp ${days} days (level ${compLevel})`} />
        ))}
      </p>
      <AdminForm action={action} className="inline-form" extra={{ action: "set-comp" }} label="Complimentary access">
        <SelectField name="level" label="Level" defaultValue={String(e.compLevel ?? 1)} options={levels} />
        <TextField name="until" type="date" label="Until (end of day, UTC)" />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Grant complimentary access
        </button>
      </AdminForm>
      {e.compLevel !== null && (
        <AdminForm action={action} className="inline-form" extra={{ action: "end-comp" }} label="End complimentary access" confirm="End this member's complimentary access now?">
          <button className="button danger" type="submit">
            End complimentary access
          </button>
        </AdminForm>
      )}

      <h2>Capabilities</h2>
      <ul className="session-list" aria-label="Capabilities">
        {e.ccaps.map((c) => (
          <li key={c.name}>
            <span>
              {c.name} {c.expiresAt ? `${c.expiresAt > now ? "until" : "ended"} ${formatDate(c.expiresAt)}` : "(no end date)"}
            </span>
            <AdminForm action={action} className="inline-form" extra={{ action: "remove-ccap", ccap: c.name }} label={`Remove ${c.name}`}>
              <button className="button danger" type="submit">
                Remove
              </button>
            </AdminForm>
          </li>
        ))}
      </ul>
      <AdminForm action={action} className="inline-form" extra={{ action: "grant-ccap" }} label="Grant a capability">
        <SelectField name="ccap" label="Capability" options={catalogue.map((c) => ({ value: c.name, label: c.name }))} />
        <TextField name="until" type="date" label="Until (optional)" />
        <TextField name="reason" label="Reason" />
        <button className="button" type="submit">
          Grant
        </button>
      </AdminForm>

      {can(staff.viewer.role, "manageRoles") && (
        <>
          <h2>Staff role</h2>
          <AdminForm action={`/api/admin/members/${user.id}/role`} className="inline-form" label="Role">
            <SelectField name="role" label="Role" defaultValue={user.role} options={["reader", "author", "editor", "admin"].map((r) => ({ value: r, label: r }))} />
            <TextField name="reason" label="Reason" />
            <button className="button" type="submit">
              Set role
            </button>
          </AdminForm>
        </>
      )}

      <CancelSubscriptionForm userId={user.id} subscriptions={cancellableSubscriptions(member.subscriptions)} />
      <RefundSection userId={user.id} lastPayment={last} refunds={refunds} />
      <MemberRecords member={member} />

      <h2>Sessions</h2>
      <ul className="session-list" aria-label="Sessions">
        {member.sessions.map((s) => (
          <li key={s.id}>
            <span>
              {s.device} — last seen {formatDate(s.lastSeenAt)}
            </span>
            <AdminForm action={`/api/admin/members/${user.id}/sessions`} className="inline-form" extra={{ action: "revoke", sessionId: s.id }} label="Sign out this device">
              <button className="button" type="submit">
                Sign out
              </button>
            </AdminForm>
          </li>
        ))}
      </ul>
      {member.sessions.length > 0 && (
        <AdminForm action={`/api/admin/members/${user.id}/sessions`} className="inline-form" extra={{ action: "revoke-all" }} label="Sign out everywhere" confirm="Sign this member out of every device?">
          <button className="button danger" type="submit">
            Sign out of all devices
          </button>
        </AdminForm>
      )}
    </>
  );
}
