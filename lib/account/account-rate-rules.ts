import { rateLimitAddress, type RateRule } from "@/lib/rate-limit/consume-rate-limit";

const WINDOW = 15 * 60;

/** Password-reset requests: per address (so nobody floods a mailbox) and per client address. */
export function passwordResetRules(email: unknown, ip: string): RateRule[] {
  return [
    { key: `password-reset:email:${rateLimitAddress(email)}`, limit: 3, windowSeconds: WINDOW },
    { key: `password-reset:ip:${ip}`, limit: 10, windowSeconds: WINDOW },
  ];
}

/** Using an e-mailed link (reset, new address) per client address; changing one's password or address, or deleting the account, per member. */
export function accountChangeRules(kind: "link-use" | "email-change" | "password-change" | "delete", subject: string): RateRule[] {
  const limit = { "link-use": 10, "email-change": 5, "password-change": 10, delete: 5 }[kind];
  return [{ key: `${kind}:${subject}`, limit, windowSeconds: WINDOW }];
}
