import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { rateLimits, verificationTokens } from "@/db/schema";
import { createTestDatabase } from "@/db/test-database";
import { consumeRateLimit, purgeRateLimits, signInRules } from "@/lib/rate-limit/consume-rate-limit";
import { consumeCodeAttempt } from "./consume-code-attempt";
import { storeSignInCode } from "./store-sign-in-code";

let db: Database;
let drop: () => Promise<void>;
const now = new Date("2026-12-02T12:00:00Z");
const expires = new Date(now.getTime() + 15 * 60_000);

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
});
afterAll(async () => drop());

const codesOf = async (identifier: string) =>
  (await db.select({ token: verificationTokens.token }).from(verificationTokens).where(eq(verificationTokens.identifier, identifier))).map((r) => r.token);

describe("sign-in codes", () => {
  it("a newly issued code ends the earlier ones of that address, and only of that address", async () => {
    await storeSignInCode(db, { identifier: "bo@example.org", token: "hash-bo", expires });
    for (const token of ["hash-1", "hash-2", "hash-3"]) await storeSignInCode(db, { identifier: "ann@example.org", token, expires });
    expect(await codesOf("ann@example.org")).toEqual(["hash-3"]);
    expect(await codesOf("bo@example.org")).toEqual(["hash-bo"]);
  });

  it("too many tries at an address refuse the next and drop its code, so guessing cannot go on", async () => {
    await storeSignInCode(db, { identifier: "cy@example.org", token: "hash-cy", expires });
    for (let i = 0; i < 8; i++) await consumeCodeAttempt(db, { email: "cy@example.org", ip: `10.0.0.${i}`, now });
    expect(await codesOf("cy@example.org")).toEqual(["hash-cy"]);
    await expect(consumeCodeAttempt(db, { email: "cy@example.org", ip: "10.0.0.99", now })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await codesOf("cy@example.org")).toEqual([]);
  });
});

describe("rate-limit keys and their upkeep", () => {
  it("an address with spaces or capitals counts against the same counter as the address", async () => {
    const variants = ["dee@example.org", " dee@example.org", "DEE@Example.org ", "\tDee@example.org"];
    expect(new Set(variants.map((v) => signInRules("password", v, "ip")[0].key)).size).toBe(1);
    for (let i = 0; i < 10; i++) await consumeRateLimit(db, signInRules("password", variants[i % variants.length], `10.1.0.${i}`), now);
    await expect(consumeRateLimit(db, signInRules("password", "  DEE@EXAMPLE.ORG", "10.1.1.1"), now)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("counters of windows that ended long ago are purged, current ones kept", async () => {
    const longAgo = new Date(now.getTime() - 2 * 24 * 60 * 60_000);
    // The current counter first: a new window sweeps now and then (at random), and must find no old counter yet.
    await consumeRateLimit(db, [{ key: "fresh", limit: 5, windowSeconds: 900 }], now);
    for (let i = 0; i < 5; i++) await consumeRateLimit(db, [{ key: `old:${i}`, limit: 5, windowSeconds: 900 }], longAgo);
    expect(await purgeRateLimits(db, now)).toBe(5);
    const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toContain("fresh");
    expect(keys.some((k) => k.startsWith("old:"))).toBe(false);
  });
});
