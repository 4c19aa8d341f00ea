import type { AccountSectionProps } from "./section-props";

/** Name and e-mail address. */
export function ProfileSection({ member }: AccountSectionProps) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{member.name ?? "—"}</dd>
        <dt>E-mail</dt>
        <dd data-testid="account-email">{member.email}</dd>
      </dl>
    </section>
  );
}
