import { describe, expect, it } from "vitest";
import { parseEmailDomains } from "./parse-email-domains";

describe("parseEmailDomains", () => {
  it("lower-cases, strips @ and a final dot, drops duplicates", () => {
    expect(parseEmailDomains("@UT.ee\ncs.ut.ee., ut.ee\n\n mfa.gov.example ")).toEqual(["ut.ee", "cs.ut.ee", "mfa.gov.example"]);
  });
  it("empty is none", () => expect(parseEmailDomains(" \n")).toEqual([]));
  it.each(["com", "ut_ee.org", "-ut.ee", "ut..ee", "a@ut.ee", "ut.ee/x", "%.ee"])("refuses %s by name", (bad) => {
    expect(() => parseEmailDomains(bad)).toThrow(expect.objectContaining({ fieldErrors: expect.objectContaining({ emailDomains: expect.stringContaining("is not a domain") }) }));
  });
});
