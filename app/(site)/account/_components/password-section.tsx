import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import { currentLocale } from "@/app/_lib/locale";
import { getDb } from "@/db/client";
import { loadPasswordState } from "@/lib/account/load-password-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { formatDate } from "@/lib/i18n/format";
import type { AccountSectionProps } from "./section-props";

/**
 * Change the password (the current one is asked for), or set one when there is none;
 * says so when proving the address dropped a password set before.
 */
export async function PasswordSection({ member }: AccountSectionProps) {
  const [{ hasPassword, droppedAt }, t, locale] = await Promise.all([loadPasswordState(await getDb(), member.viewer.id), getTranslations("account"), currentLocale()]);
  const newField = { name: "newPassword", label: t("fields.newPassword", { min: MIN_PASSWORD_LENGTH }), type: "password" as const, autoComplete: "new-password" };
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t("password.heading")}</h2>
      {!hasPassword && droppedAt && (
        <p className="notice" role="status" data-testid="password-dropped">
          {t("password.dropped", { date: formatDate(droppedAt, locale) })}
        </p>
      )}
      {hasPassword ? (
        <details>
          <summary>{t("password.change")}</summary>
          <p>{t("password.otherDevices")}</p>
          <JsonForm
            id="change-password"
            action="/api/account/password"
            submit={t("password.submitChange")}
            fields={[{ name: "currentPassword", label: t("password.current"), type: "password", autoComplete: "current-password" }, newField]}
          />
        </details>
      ) : (
        <>
          <p>{t("password.none")}</p>
          <JsonForm id="set-password" action="/api/account/password" submit={t("password.submitSet")} fields={[newField]} />
        </>
      )}
    </section>
  );
}
