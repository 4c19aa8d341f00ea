import { z } from "zod";
import { isPlainText } from "@/lib/validation/has-control-characters";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address."));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.").refine(isPlainText, "Use letters, not control characters."),
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
});

const PROBE_ORIGIN = "http://lede.invalid";

/**
 * A path on this site to return to after sign-in. An absolute URL keeps only its path
 * (so it can never lead elsewhere); anything else unusable becomes "/". The path is
 * resolved the way a browser would (which drops tabs and newlines and reads "\\" as "/"),
 * so "/\t/evil.example" cannot become "//evil.example" in the reader's address bar.
 */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== "string") return "/";
  let path = raw;
  if (/^https?:\/\//i.test(raw)) {
    try {
      const url = new URL(raw);
      path = url.pathname + url.search + url.hash;
    } catch {
      return "/";
    }
  }
  if (!path.startsWith("/")) return "/";
  let resolved: URL;
  try {
    resolved = new URL(path, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (resolved.origin !== PROBE_ORIGIN) return "/";
  return (resolved.pathname + resolved.search + resolved.hash).slice(0, 500);
}
