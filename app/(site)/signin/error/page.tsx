import Link from "next/link";
import { SimplePage } from "@/app/_components/simple-page";

export const metadata = { title: "Sign-in problem", robots: { index: false } };

const MESSAGES: Record<string, string> = {
  Verification: "That link or code is wrong, has already been used, or has expired. Ask for a new one.",
  AccessDenied: "You do not have access to sign in with that account.",
  Configuration: "Sign-in is not configured correctly on this server. Please tell the newsroom.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = (await searchParams).error;
  const message = (typeof code === "string" && MESSAGES[code]) || "Something went wrong while signing you in. Please try again.";
  return (
    <SimplePage title="We could not sign you in">
      <p role="alert">{message}</p>
      <p>
        <Link href="/signin">Back to sign-in</Link>
      </p>
    </SimplePage>
  );
}
