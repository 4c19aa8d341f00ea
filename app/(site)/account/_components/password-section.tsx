import { JsonForm } from "@/app/_components/json-form";
import { getDb } from "@/db/client";
import { loadPasswordState } from "@/lib/account/load-password-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { formatDate } from "@/lib/content/format-date";
import type { AccountSectionProps } from "./section-props";

/**
 * Change the password (the current one is asked for), or set one when there is none;
 * says so when proving the address dropped a password set before.
 */
export async function PasswordSection({ member }: AccountSectionProps) {
  const { hasPassword, droppedAt } = await loadPasswordState(await getDb(), member.viewer.id);
  const newField = { name: "newPassword", label: `New password (at least ${MIN_PASSWORD_LENGTH} characters)`, type: "password" as const, autoComplete: "new-password" };
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      {!hasPassword && droppedAt && (
        <p className="notice" role="status" data-testid="password-dropped">
          When you proved your address by e-mail on {formatDate(droppedAt)}, we removed the password that had been set on this account before (anyone could have set it
          with your address). You can set a new one below.
        </p>
      )}
      {hasPassword ? (
        <details>
          <summary>Change your password</summary>
          <p>Your other devices are signed out when it changes.</p>
          <JsonForm
            id="change-password"
            action="/api/account/password"
            submit="Change password"
            fields={[{ name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" }, newField]}
          />
        </details>
      ) : (
        <>
          <p>You sign in with links and codes sent by e-mail. A password lets you sign in without them.</p>
          <JsonForm id="set-password" action="/api/account/password" submit="Set password" fields={[newField]} />
        </>
      )}
    </section>
  );
}
