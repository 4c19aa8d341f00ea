import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JsonForm } from "@/app/_components/json-form";
import type { Plan } from "@/db/schema";
import { formatPlanTerms } from "@/lib/billing/offer/format-plan-price";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A signed-out reader chose a plan: the account is made here, on the same page (e-mail,
 * optionally a name and a password), and the next screen is the payment form.
 */
export async function AccountStep(props: { plan: Plan; locale: Locale; from: string | null; gift: string | null; signInHref: string }) {
  const { plan } = props;
  const t = await getTranslations("account");
  return (
    <section className="subscribe-step" aria-labelledby="account-step-heading" data-testid="account-step">
      <h2 id="account-step-heading">
        {plan.name} — {formatPlanTerms(plan, props.locale)}
      </h2>
      <p className="meta">{t("subscribe.steps", { trial: plan.trialDays > 0 ? "yes" : "no" })}</p>
      <JsonForm
        id="subscribe-account"
        action="/api/billing/subscribe"
        extra={{ planId: String(plan.id), ...(props.from ? { from: props.from } : {}), ...(props.gift ? { gift: props.gift } : {}) }}
        submit={t("subscribe.continue")}
        fields={[
          { name: "email", label: t("fields.email"), type: "email", autoComplete: "email" },
          { name: "name", label: t("subscribe.nameOptional"), autoComplete: "name", required: false },
          { name: "password", label: t("subscribe.passwordOptional", { min: MIN_PASSWORD_LENGTH }), type: "password", autoComplete: "new-password", required: false },
        ]}
      >
        <p className="meta">{t("subscribe.noPassword")}</p>
      </JsonForm>
      <p>{t.rich("subscribe.already", { plan: plan.name, link: (chunks) => <Link prefetch={false} href={props.signInHref}>{chunks}</Link> })}</p>
    </section>
  );
}
