import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { sessionCookieFlags, sessionCookieName, sessionCookieOptions } from "./session-cookie";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

function origin(env: { AUTH_URL?: string; LEDE_PUBLIC_URL?: string }) {
  vi.stubEnv("AUTH_URL", env.AUTH_URL);
  vi.stubEnv("LEDE_PUBLIC_URL", env.LEDE_PUBLIC_URL);
  resetEnv();
}

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax on every origin, for Auth.js' sign-ins and ours", () => {
    for (const env of [{}, { LEDE_PUBLIC_URL: "http://localhost:3000" }, { LEDE_PUBLIC_URL: "https://news.example" }]) {
      origin(env);
      expect(sessionCookieFlags()).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
      const expires = new Date("2030-01-01T00:00:00Z");
      expect(sessionCookieOptions(expires)).toEqual({ ...sessionCookieFlags(), expires });
    }
  });

  it("is Secure, with the __Secure- prefix, when the public URL is https", () => {
    origin({ LEDE_PUBLIC_URL: "https://news.example" });
    expect(sessionCookieFlags().secure).toBe(true);
    expect(sessionCookieName()).toBe("__Secure-lede.session");
    origin({ AUTH_URL: "https://news.example/api/auth" });
    expect(sessionCookieFlags().secure).toBe(true);
  });

  it("is plain over http (local runs), where a Secure cookie would never be sent back", () => {
    origin({ LEDE_PUBLIC_URL: "http://localhost:3000" });
    expect(sessionCookieFlags().secure).toBe(false);
    expect(sessionCookieName()).toBe("lede.session");
    origin({});
    expect(sessionCookieFlags().secure).toBe(false);
  });
});
