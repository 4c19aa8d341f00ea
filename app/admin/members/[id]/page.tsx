import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { currentLocale } from "@/app/_lib/locale";
import { listAccessSources } from "@/lib/access/list-access-sources";
import { loadMember } from "@/lib/admin/members/load-member";
import { loadMemberLabels } from "@/lib/admin/members/set-member-labels";
import { can, canActOnMember, ROLES } from "@/lib/admin/permissions";
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
  const [t, tp, locale] = await Promise.all([getTranslations("adminPeople.members.member"), getTranslations("adminPeople"), currentLocale()]);
  const levels = settings.levelLabels.map((l, i) => ({ value: String(i), label: tp("levelOption", { level: i, label: l }) }));
  const compLevel = compPresetLevel(offered.map((p) => p.level));
  const { user, entitlements: e } = member;
  const action = `/api/admin/members/${user.id}/entitlements`;
  const compActive = e.compLevel !== null && e.compUntil !== null && e.compUntil > now;
  return (
    <>
      <h1>{user.name ?? user.email}</h1>
      <dl className="facts">
        <dt>{t("email")}</dt>
        <dd>
          {user.email}
          <UnverifiedMark isVerified={user.isVerified} />
        </dd>
        <dt>{t("role")}</dt>
        <dd>{tp(`roles.${user.role}`)}</dd>
        <dt>{t("accountLevel")}</dt>
        <dd data-testid="member-level">
          {t("levelNamed", { level: e.level, label: levelLabel(settings, e.level) })}
        </dd>
        <dt>{t("complimentary")}</dt>
        <dd data-testid="member-comp">{e.compLevel !== null && e.compUntil ? t(compActive ? "compUntil" : "compEnded", { level: e.compLevel, when: e.compUntil.toISOString().slice(0, 16).replace("T", " ") }) : t("none")}</dd>
        <dt>{t("accessFrom")}</dt>
        <dd>
          <ul data-testid="member-access-sources">
            {sources.map((s) => (
              <li key={s.text}>{s.text}</li>
            ))}
          </ul>
        </dd>
        <dt>{t("memberSince")}</dt>
        <dd>{formatDate(user.createdAt, locale)}</dd>
      </dl>
      {!canActOnMember(staff.viewer.role, user.role) && (
        <p role="note" data-testid="above-your-role">
          {t("aboveYourRole")}
        </p>
      )}

      <h2>{t("labelsAndNotes")}</h2>
      <AdminForm action={`/api/admin/members/${user.id}/labels`} label={t("labelsAndNotes")}>
        <TextField name="labels" label={t("labels")} defaultValue={labels.labels.join(", ")} hint={t("labelsHint")} />
        <TextAreaField name="notes" label={t("notes")} defaultValue={labels.notes} rows={3} />
        <button className="button" type="submit">
          {t("saveLabels")}
        </button>
      </AdminForm>

      <h2>{t("level")}</h2>
      <AdminForm action={action} className="inline-form" extra={{ action: "set-level" }} label={t("setLevel")}>
        <SelectField name="level" label={t("accountLevel")} defaultValue={String(e.level)} options={levels} />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("setLevel")}
        </button>
      </AdminForm>

      <h2>{t("compAccess")}</h2>
      <p className="inline-form" aria-label={t("compPresets")}>
        {COMP_PRESET_DAYS.map((days) => (
          <PostButton key={days} action={action} body={compPresetBody(compLevel, days, now)} label={t("compPreset", { days, level: compLevel })} />
        ))}
      </p>
      <AdminForm action={action} className="inline-form" extra={{ action: "set-comp" }} label={t("compAccess")}>
        <SelectField name="level" label={t("level")} defaultValue={String(e.compLevel ?? 1)} options={levels} />
        <TextField name="until" type="date" label={t("compUntilField")} />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("grantComp")}
        </button>
      </AdminForm>
      {e.compLevel !== null && (
        <AdminForm action={action} className="inline-form" extra={{ action: "end-comp" }} label={t("endComp")} confirm={t("endCompConfirm")}>
          <button className="button danger" type="submit">
            {t("endComp")}
          </button>
        </AdminForm>
      )}

      <h2>{t("capabilities")}</h2>
      <ul className="session-list" aria-label={t("capabilities")}>
        {e.ccaps.map((c) => (
          <li key={c.name}>
            <span>
              {c.name} {c.expiresAt ? t(c.expiresAt > now ? "ccapUntil" : "ccapEnded", { date: formatDate(c.expiresAt, locale) }) : t("noEndDate")}
            </span>
            <AdminForm action={action} className="inline-form" extra={{ action: "remove-ccap", ccap: c.name }} label={t("removeCcap", { ccap: c.name })}>
              <button className="button danger" type="submit">
                {t("remove")}
              </button>
            </AdminForm>
          </li>
        ))}
      </ul>
      <AdminForm action={action} className="inline-form" extra={{ action: "grant-ccap" }} label={t("grantCcap")}>
        <SelectField name="ccap" label={t("capability")} options={catalogue.map((c) => ({ value: c.name, label: c.name }))} />
        <TextField name="until" type="date" label={t("untilOptional")} />
        <TextField name="reason" label={t("reason")} />
        <button className="button" type="submit">
          {t("grant")}
        </button>
      </AdminForm>

      {can(staff.viewer.role, "manageRoles") && (
        <>
          <h2>{t("staffRole")}</h2>
          <AdminForm action={`/api/admin/members/${user.id}/role`} className="inline-form" label={t("role")}>
            <SelectField name="role" label={t("role")} defaultValue={user.role} options={ROLES.map((r) => ({ value: r, label: tp(`roles.${r}`) }))} />
            <TextField name="reason" label={t("reason")} />
            <button className="button" type="submit">
              {t("setRole")}
            </button>
          </AdminForm>
        </>
      )}

      <CancelSubscriptionForm userId={user.id} subscriptions={cancellableSubscriptions(member.subscriptions)} />
      <RefundSection userId={user.id} lastPayment={last} refunds={refunds} />
      <MemberRecords member={member} />

      <h2>{t("sessions")}</h2>
      <ul className="session-list" aria-label={t("sessions")}>
        {member.sessions.map((s) => (
          <li key={s.id}>
            <span>
              {t("lastSeen", { device: s.device, date: formatDate(s.lastSeenAt, locale) })}
            </span>
            <AdminForm action={`/api/admin/members/${user.id}/sessions`} className="inline-form" extra={{ action: "revoke", sessionId: s.id }} label={t("signOutDevice")}>
              <button className="button" type="submit">
                {t("signOut")}
              </button>
            </AdminForm>
          </li>
        ))}
      </ul>
      {member.sessions.length > 0 && (
        <AdminForm action={`/api/admin/members/${user.id}/sessions`} className="inline-form" extra={{ action: "revoke-all" }} label={t("signOutEverywhere")} confirm={t("signOutAllConfirm")}>
          <button className="button danger" type="submit">
            {t("signOutAll")}
          </button>
        </AdminForm>
      )}
    </>
  );
}
