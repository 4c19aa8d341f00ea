import Link from "next/link";
import { SimplePage } from "@/app/_components/simple-page";

export const metadata = { title: "Your account is deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <SimplePage title="Your account is deleted">
      <p role="status" data-testid="account-deleted">
        Your account and the personal data it held are deleted, and any subscription is cancelled. Invoices stay in our accounts, no longer linked to you.
      </p>
      <p>
        <Link href="/">Back to the front page</Link>
      </p>
    </SimplePage>
  );
}
