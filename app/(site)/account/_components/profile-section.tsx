import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import type { AccountSectionProps } from "./section-props";

/** Name and e-mail address, each changeable (a new address is proved by a link first). */
export async function ProfileSection({ member }: AccountSectionProps) {
  const t = await getTranslations("account");
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t("profile.heading")}</h2>
      <dl className="facts">
        <dt>{t("fields.name")}</dt>
        <dd data-testid="account-name">{member.name ?? "—"}</dd>
        <dt>{t("fields.email")}</dt>
        <dd data-testid="account-email">{member.email}</dd>
      </dl>
      <details>
        <summary>{t("profile.changeName")}</summary>
        <JsonForm id="change-name" action="/api/account/name" submit={t("profile.saveName")} fields={[{ name: "name", label: t("fields.name"), autoComplete: "name", value: member.name ?? "" }]} />
      </details>
      <details>
        <summary>{t("profile.changeEmail")}</summary>
        <p>{t("profile.changeEmailIntro")}</p>
        <JsonForm id="change-email" action="/api/account/email" submit={t("profile.sendLink")} fields={[{ name: "newEmail", label: t("profile.newEmail"), type: "email", autoComplete: "email" }]} />
      </details>
    </section>
  );
}
