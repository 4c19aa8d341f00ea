import { JsonForm } from "@/app/_components/json-form";
import type { AccountSectionProps } from "./section-props";

/** Download everything kept about the member; delete the account (typing its address confirms). */
export function YourDataSection({ member }: AccountSectionProps) {
  const isStaff = member.viewer.role !== "reader";
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        <a className="button" href="/api/account/export" download>
          Download my data (JSON)
        </a>
      </p>
      <details>
        <summary>Delete my account</summary>
        {isStaff ? (
          <p>A staff account is closed by an admin: ask one to make you a reader first.</p>
        ) : (
          <>
            <p>
              <strong>This cannot be undone.</strong> Any subscription is cancelled at once, without a refund of the current period; your profile, sessions, grants and gift
              links are deleted. Invoices are financial records we must keep: they stay, no longer linked to you.
            </p>
            <JsonForm id="delete-account" action="/api/account/delete" submit="Delete my account for good" fields={[{ name: "confirmEmail", label: `Type ${member.email ?? "your e-mail address"} to confirm`, type: "email", autoComplete: "off" }]} />
          </>
        )}
      </details>
    </section>
  );
}
