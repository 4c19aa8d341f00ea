import { describe, expect, it } from "vitest";
import { authRequestPolicy } from "./auth-request-policy";

describe("authRequestPolicy", () => {
  it.each([
    ["POST", "/api/auth/signin/email", "refuse"],
    ["GET", "/api/auth/signin/email", "refuse"],
    ["GET", "/api/auth/callback/email", "code"],
    ["POST", "/api/auth/callback/email", "code"],
    ["PUT", "/api/auth/callback/email", "code"],
    ["POST", "/api/auth/signin/github", "oauth"],
    ["GET", "/api/auth/callback/github", "oauth"],
    ["POST", "/api/auth/callback/google", "oauth"],
    ["POST", "/api/auth/callback/credentials", "oauth"],
    ["GET", "/api/auth/signin/github", "pass"],
    ["GET", "/api/auth/signin", "pass"],
    ["GET", "/api/auth/session", "pass"],
    ["POST", "/api/auth/signout", "pass"],
    ["GET", "/api/auth/csrf", "pass"],
  ])("%s %s → %s", (method, path, kind) => {
    expect(authRequestPolicy(method, path).kind).toBe(kind);
  });
});
