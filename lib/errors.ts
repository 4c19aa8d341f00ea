import type { Messages } from "@/lib/i18n/catalogue";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "INVALID_INPUT" | "CONFLICT" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE" | "UNAVAILABLE";

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  /** A service we depend on (Stripe) does not answer: nothing was done, try again later. */
  UNAVAILABLE: 503,
};

/**
 * A message with values, as its catalogue entry (account.errorsWithValues for readers' forms,
 * errors.withValues for the newsroom's) and those values: the route answering the request words it
 * in the site's language (app/_lib/localise-error.ts). The two groups share no key.
 */
export interface ErrorWords {
  key: keyof Messages["account"]["errorsWithValues"] | keyof Messages["errors"]["withValues"];
  values: Record<string, string | number>;
}

/** The one error type domain code throws; its message is safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
    readonly words?: ErrorWords,
    /** A field message with values, by field (its English text stays in fieldErrors). */
    readonly fieldWords: Record<string, ErrorWords> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
