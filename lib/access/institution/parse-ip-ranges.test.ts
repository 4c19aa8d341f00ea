import { describe, expect, it } from "vitest";
import { compileIpRanges, isInIpRanges, parseIpRanges } from "./parse-ip-ranges";

describe("an organisation's address ranges", () => {
  it("parses IPv4 and IPv6 CIDR and single addresses, normalised", () => {
    expect(parseIpRanges("10.1.2.3/16\n192.0.2.7, 2001:DB8:0:0::1/32\n::1")).toEqual(["10.1.0.0/16", "192.0.2.7/32", "2001:db8::/32", "::1/128"]);
  });

  it("refuses what is not a range, naming it", () => {
    for (const bad of ["10.0.0.0/33", "300.1.1.1", "10.0.0/8", "example.org", "2001:db8::/129", "1.2.3.4/-1"]) {
      expect(() => parseIpRanges(bad), bad).toThrow(expect.objectContaining({ code: "INVALID_INPUT", fieldErrors: { ipRanges: expect.stringContaining("Not an address range") } }));
    }
  });

  it("matches addresses inside, IPv4-mapped IPv6 included, and nothing outside", () => {
    const ranges = compileIpRanges(parseIpRanges("203.0.113.0/24 2001:db8:ab::/48"));
    for (const inside of ["203.0.113.0", "203.0.113.255", "::ffff:203.0.113.9", "2001:db8:ab:1::7"]) expect(isInIpRanges(inside, ranges), inside).toBe(true);
    for (const outside of ["203.0.114.1", "10.0.0.1", "2001:db8:ac::1", "unknown", "", "203.0.113.1/24"]) expect(isInIpRanges(outside, ranges), outside).toBe(false);
  });
});
