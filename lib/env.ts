import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "./i18n/locales";

/*
 * Every environment variable Lede reads, in one place (as taxonomy's env.mjs does): types,
 * defaults and ranges. A malformed value stops the start with a message naming the
 * variable instead of failing deep inside a request. Read lazily and kept per process.
 */

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");
const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max} (got "${v}")` });
        return z.NEVER;
      }
      return n;
    });
const httpOrigin = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === "") return undefined;
    let url: URL;
    try {
      url = new URL(v.trim());
    } catch {
      ctx.addIssue({ code: "custom", message: `must be an absolute http(s) URL such as https://news.example.org (got "${v}")` });
      return z.NEVER;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `must start with http:// or https:// (got "${url.protocol}")` });
      return z.NEVER;
    }
    return url;
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  PORT: wholeNumber(1, 65_535, 3000),
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: wholeNumber(1, 500, 10),
  LEDE_DATA_DIR: optionalText,
  LEDE_PUBLIC_URL: httpOrigin,
  AUTH_URL: httpOrigin,
  AUTH_SECRET: optionalText,
  LEDE_TRUSTED_PROXIES: wholeNumber(0, 10, 0),
  LEDE_INTERNAL_ORIGIN: httpOrigin,
  LEDE_PAGE_MEMORY_MB: wholeNumber(0, 4096, 48),
  LEDE_PAGE_CACHE_MB: wholeNumber(8, 65_536, 48),
  LEDE_MAX_BODY_MB: wholeNumber(1, 1024, 12),
  LEDE_SITE_NAME: optionalText,
  LEDE_SITE_DESCRIPTION: optionalText,
  LEDE_SITE_LANGUAGE: z.enum(LOCALES).default(DEFAULT_LOCALE),
  LEDE_MEDIA_DIR: optionalText,
  LEDE_DEV_OUTBOX: flag,
  LEDE_SEED_DEMO_ACCOUNTS: flag,
  LEDE_SKIP_SEED: flag,
  LEDE_SKIP_BUILD: flag,
  LEDE_CACHE_PREFIX: optionalText,
  REDIS_URL: optionalText,
  LEDE_SERVER_HEAP_MB: wholeNumber(128, 65_536, 256),
  SMTP_URL: optionalText,
  EMAIL_FROM: optionalText,
  /** Newsletter and segment e-mails sent per minute at most (per server instance). */
  LEDE_NEWSLETTER_RATE: wholeNumber(1, 100_000, 600),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  STRIPE_API_BASE: httpOrigin,
  LEDE_TEST_CHECKOUT: flag,
  LEDE_WEBHOOK_ALLOW_PRIVATE: flag,
  LEDE_WEBHOOK_TIMEOUT_MS: wholeNumber(1000, 60_000, 10_000),
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
});

export type LedeEnv = z.output<typeof schema> & {
  /** The public origin every absolute URL is built from (no trailing slash). */
  publicOrigin: string;
  /** Whether the public origin is https (Secure cookies, HSTS). */
  isHttps: boolean;
};

/**
 * The configuration in `source`. The public origin: LEDE_PUBLIC_URL, else AUTH_URL's
 * origin, else (outside production) http://localhost:$PORT. A production server without
 * either refuses to start: it would otherwise build links from whatever Host a request names.
 */
export function parseEnv(source: Record<string, string | undefined>): LedeEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration: ${String(issue?.path[0] ?? "environment")} ${issue?.message ?? "is not valid"}.`);
  }
  const env = parsed.data;
  const configured = env.LEDE_PUBLIC_URL ?? env.AUTH_URL;
  if (!configured && env.NODE_ENV === "production" && !isBuildPhase(source)) {
    throw new Error("Configuration: LEDE_PUBLIC_URL is required in production (the site's public origin, e.g. https://news.example.org); every link Lede writes is built from it.");
  }
  const publicOrigin = configured ? configured.origin : `http://localhost:${env.PORT}`;
  return { ...env, publicOrigin, isHttps: publicOrigin.startsWith("https://") };
}

/**
 * `next build` evaluates server modules while prerendering (a Next internal, listed in
 * server/next-adapter.ts); the server checks again at start. Development phases never refuse.
 */
function isBuildPhase(source: Record<string, string | undefined>): boolean {
  return source.NEXT_PHASE === "phase-production-build" || source.NEXT_PHASE === "phase-development-server";
}

const KEYS = [...Object.keys(schema.shape), "NEXT_PHASE"];
const holder = globalThis as unknown as { __ledeEnv?: { fingerprint: string; env: LedeEnv } };

/**
 * This process's configuration. Parsed again only when one of its variables changed (a
 * test stubbing one; a launcher setting PORT), so reading it costs a comparison.
 */
export function env(): LedeEnv {
  const fingerprint = KEYS.map((key) => process.env[key] ?? "\u0000").join("\u0001");
  if (holder.__ledeEnv?.fingerprint !== fingerprint) holder.__ledeEnv = { fingerprint, env: parseEnv(process.env) };
  return holder.__ledeEnv.env;
}

/** Forgets the parsed configuration (tests). */
export function resetEnv(): void {
  delete holder.__ledeEnv;
}
