import Link from "next/link";
import { JsonForm } from "@/app/_components/json-form";
import type { Plan } from "@/db/schema";
import { formatPlanTerms } from "@/lib/billing/offer/format-plan-price";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

/**
 * A signed-out reader chose a plan: the account is made here, on the same page (e-mail,
 * optionally a name and a password), and the next screen is the payment form.
 */
export function AccountStep(props: { plan: Plan; from: string | null; gift: string | null; signInHref: string }) {
  const { plan } = props;
  return (
    <section className="subscribe-step" aria-labelledby="account-step-heading" data-testid="account-step">
      <h2 id="account-step-heading">
        {plan.name} — {formatPlanTerms(plan)}
      </h2>
      <p className="meta">Step 1 of 2: your account. Step 2: payment{plan.trialDays > 0 ? " (nothing is charged during the free trial)" : ""}.</p>
      <JsonForm
        id="subscribe-account"
        action="/api/billing/subscribe"
        extra={{ planId: String(plan.id), ...(props.from ? { from: props.from } : {}), ...(props.gift ? { gift: props.gift } : {}) }}
        submit="Continue to payment"
        fields={[
          { name: "email", label: "E-mail", type: "email", autoComplete: "email" },
          { name: "name", label: "Name (optional)", autoComplete: "name", required: false },
          { name: "password", label: `Password (optional, at least ${MIN_PASSWORD_LENGTH} characters)`, type: "password", autoComplete: "new-password", required: false },
        ]}
      >
        <p className="meta">Without a password, you sign in with a link we send to your address.</p>
      </JsonForm>
      <p>
        Already have an account? <Link prefetch={false} href={props.signInHref}>Sign in</Link> and continue with {plan.name}.
      </p>
    </section>
  );
}
