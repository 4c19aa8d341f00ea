import { JsonForm } from "@/app/_components/json-form";
import type { AccountSectionProps } from "./section-props";

/** Name and e-mail address, each changeable (a new address is proved by a link first). */
export function ProfileSection({ member }: AccountSectionProps) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <dl className="facts">
        <dt>Name</dt>
        <dd data-testid="account-name">{member.name ?? "—"}</dd>
        <dt>E-mail</dt>
        <dd data-testid="account-email">{member.email}</dd>
      </dl>
      <details>
        <summary>Change your name</summary>
        <JsonForm id="change-name" action="/api/account/name" submit="Save name" fields={[{ name: "name", label: "Name", autoComplete: "name", value: member.name ?? "" }]} />
      </details>
      <details>
        <summary>Change your e-mail address</summary>
        <p>We send a link to the new address; your address changes only when you open it. Your current address is told of the request.</p>
        <JsonForm id="change-email" action="/api/account/email" submit="Send the link" fields={[{ name: "newEmail", label: "New e-mail address", type: "email", autoComplete: "email" }]} />
      </details>
    </section>
  );
}

