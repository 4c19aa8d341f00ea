import { describe, expect, it } from "vitest";
import { decideAccess } from "../decide-access";
import { ANONYMOUS } from "../types";
import { addCookieUnlock, countCookieMeter } from "./count-meter";
import { readMeterCookie, writeMeterCookie } from "./meter-cookie";
import { meterPeriodStart } from "./meter-period-start";

const SECRET = "unit-secret-0123456789";
const now = new Date("2026-12-15T12:00:00Z");
const rules = { limit: 3, ceiling: 1, periodStart: meterPeriodStart(now, "calendar-month") };
const at = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

describe("the anonymous meter cookie", () => {
  it("round-trips what it was given", () => {
    const value = writeMeterCookie([[7, at("2026-12-02T00:00:00Z")]], SECRET);
    expect(readMeterCookie(value, SECRET)).toEqual({ kind: "valid", entries: [[7, at("2026-12-02T00:00:00Z")]] });
  });

  it("no cookie is a fresh meter", () => {
    expect(readMeterCookie(undefined, SECRET)).toEqual({ kind: "none" });
    expect(countCookieMeter({ kind: "none" }, 1, rules, false)).toMatchObject({ used: 0, unlockedThis: false });
  });

  it("a forged, re-signed with another secret, truncated or garbage cookie counts as used up", () => {
    const good = writeMeterCookie([], SECRET);
    const [v, , mac] = good.split(".");
    const forgedPayload = Buffer.from(JSON.stringify([])).toString("base64url") + "x";
    const values = [
      `${v}.${forgedPayload}.${mac}`,
      writeMeterCookie([], "another-secret"),
      good.slice(0, -3),
      "garbage",
      "m1..",
      `${good}.extra`,
      // Signed but not a meter: a valid MAC over a payload that is not JSON entries.
      (() => {
        const payload = Buffer.from("{not json").toString("base64url");
        const signed = writeMeterCookie([], SECRET).split(".");
        return `${signed[0]}.${payload}.${signed[2]}`;
      })(),
    ];
    for (const value of values) {
      const cookie = readMeterCookie(value, SECRET);
      expect(cookie, value).toEqual({ kind: "tampered" });
      const meter = countCookieMeter(cookie, 1, rules, false);
      const decision = decideAccess(ANONYMOUS, { level: 1, ccaps: [] }, { now, isPublished: true, isOwnArticle: false, meter });
      expect(decision.allowed).toBe(false);
      expect(decision.meter).toEqual({ limit: 3, remaining: 0, counts: false });
    }
  });

  it("counts distinct articles of this calendar month only; last month's do not count", () => {
    const cookie = readMeterCookie(
      writeMeterCookie(
        [
          [1, at("2026-11-30T23:59:59Z")],
          [2, at("2026-12-01T00:00:00Z")],
          [2, at("2026-12-03T00:00:00Z")],
          [3, at("2026-12-10T00:00:00Z")],
        ],
        SECRET,
      ),
      SECRET,
    );
    expect(countCookieMeter(cookie, 1, rules, false)).toMatchObject({ used: 2, unlockedThis: false });
    expect(countCookieMeter(cookie, 3, rules, false)).toMatchObject({ used: 2, unlockedThis: true });
  });

  it("a rolling 30 days counts what was read within 30 days", () => {
    const rolling = { ...rules, periodStart: meterPeriodStart(now, "rolling-30-days") };
    const cookie = { kind: "valid" as const, entries: [[1, at("2026-11-14T12:00:00Z")], [2, at("2026-11-16T12:00:00Z")]] as [number, number][] };
    expect(countCookieMeter(cookie, 9, rolling, false)).toMatchObject({ used: 1 });
  });

  it("adding an unlock drops entries of past periods", () => {
    const cookie = { kind: "valid" as const, entries: [[1, at("2026-11-20T00:00:00Z")]] as [number, number][] };
    expect(addCookieUnlock(cookie, 5, now, rules.periodStart)).toEqual([[5, at("2026-12-15T12:00:00Z")]]);
  });

  it("a tampered cookie stays used up", () => {
    expect(countCookieMeter({ kind: "tampered" }, 1, rules, false).used).toBe(Number.POSITIVE_INFINITY);
  });
});
