/**
 * Marks an address its owner has not proved (a password sign-up proves nothing): grants to
 * it go to whoever signed up, and a staff role is refused until the owner signs in by e-mail.
 */
export function UnverifiedMark({ isVerified }: { isVerified: boolean }) {
  if (isVerified) return null;
  return (
    <span className="badge" data-testid="unverified" title="Nobody has proved this address yet: the owner has not signed in by e-mail link or code.">
      unverified
    </span>
  );
}
