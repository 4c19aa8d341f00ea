import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatRelativeTime } from "./format";

const now = new Date("2026-12-02T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
// Intl separates with no-break spaces in French; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatRelativeTime", () => {
  it.each([
    [ago(10_000), "now", "maintenant"],
    [ago(5 * 60_000), "5 minutes ago", "il y a 5 minutes"],
    [ago(2 * 3_600_000), "2 hours ago", "il y a 2 heures"],
    [ago(86_400_000), "yesterday", "hier"],
    [ago(3 * 86_400_000), "3 days ago", "il y a 3 jours"],
    [ago(14 * 86_400_000), "2 weeks ago", "il y a 2 semaines"],
    [ago(400 * 86_400_000), "last year", "l’année dernière"],
    [new Date(now.getTime() + 3 * 86_400_000), "in 3 days", "dans 3 jours"],
  ])("says %s as %s / %s", (date, english, french) => {
    expect(formatRelativeTime(date, now, "en")).toBe(english);
    expect(plain(formatRelativeTime(date, now, "fr"))).toBe(french);
  });
});

describe("dates, numbers and money per language", () => {
  it("writes a day as Brussels sees it", () => {
    // 23:30 UTC on 8 December is already 9 December in Brussels.
    const late = new Date("2026-12-08T23:30:00Z");
    expect(formatDate(late, "en")).toBe("9 December 2026");
    expect(formatDate(late, "fr")).toBe("9 décembre 2026");
    expect(formatDate(late, "en", "dayMonth")).toBe("9 December");
  });

  it("writes amounts with each language's separators and sign", () => {
    expect(formatMoney(9, "eur", "en")).toBe("€9.00");
    expect(plain(formatMoney(9, "eur", "fr"))).toBe("9,00 €");
    expect(formatMoney(16, "eur", "en", true)).toBe("€16");
    expect(formatMoney(9.5, "eur", "en", true)).toBe("€9.50");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(plain(formatNumber(12345, "fr"))).toBe("12 345");
  });
});
