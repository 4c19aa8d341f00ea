import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import type { AccountSectionProps } from "./section-props";

/** Download everything kept about the member; delete the account (typing its address confirms). */
export async function YourDataSection({ member }: AccountSectionProps) {
  const t = await getTranslations("account.yourData");
  const isStaff = member.viewer.role !== "reader";
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t("heading")}</h2>
      <p>
        <a className="button" href="/api/account/export" download>
          {t("download")}
        </a>
      </p>
      <details>
        <summary>{t("delete")}</summary>
        {isStaff ? (
          <p>{t("staff")}</p>
        ) : (
          <>
            <p>{t.rich("warning", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
            <JsonForm id="delete-account" action="/api/account/delete" submit={t("submit")} fields={[{ name: "confirmEmail", label: t("confirm", { email: member.email ?? t("yourAddress") }), type: "email", autoComplete: "off" }]} />
          </>
        )}
      </details>
    </section>
  );
}
