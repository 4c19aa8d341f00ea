import { describe, expect, it } from "vitest";
import type { Grant } from "@/lib/access/types";
import { describeHeaderReader } from "./describe-header-reader";
import { initialsOf } from "./initials-of";

const now = new Date("2026-12-03T08:00:00Z");
const plans = [
  { level: 1, ccaps: [] },
  { level: 2, ccaps: [] },
  { level: 0, ccaps: ["dossier_libya"] },
];
const member = (grants: Grant[], name: string | null = "Ada Lovelace") => ({
  viewer: { kind: "member" as const, id: "u1", role: "reader" as const, grants },
  name,
  email: "ada@example.org",
});

describe("describeHeaderReader", () => {
  it("greets a visitor with nothing personal", () => {
    expect(describeHeaderReader(null, plans, now)).toEqual({ signedIn: false });
  });

  it("keeps Subscribe for a free member and for a subscriber a plan would still add to", () => {
    expect(describeHeaderReader(member([{ source: "account", level: 0, ccaps: [], until: null }]), plans, now)).toEqual({
      signedIn: true,
      name: "Ada Lovelace",
      initials: "AL",
      showSubscribe: true,
    });
    const premium = member([{ source: "plan", level: 2, ccaps: [], until: null }]);
    expect(describeHeaderReader(premium, plans, now)).toMatchObject({ showSubscribe: true });
  });

  it("drops Subscribe when every offered plan adds nothing", () => {
    const all = member([
      { source: "plan", level: 2, ccaps: [], until: null },
      { source: "editor", level: null, ccaps: ["dossier_libya"], until: null },
    ]);
    expect(describeHeaderReader(all, plans, now)).toMatchObject({ showSubscribe: false });
  });

  it("counts an ended grant as nothing", () => {
    const ended = member([{ source: "plan", level: 4, ccaps: ["dossier_libya"], until: new Date("2026-12-01T00:00:00Z") }]);
    expect(describeHeaderReader(ended, plans, now)).toMatchObject({ showSubscribe: true });
  });

  it("falls back to the address when there is no name", () => {
    expect(describeHeaderReader(member([], null), plans, now)).toMatchObject({ name: "ada@example.org", initials: "A" });
  });

  it("names an account with neither name nor address in the site's language", () => {
    const nameless = { ...member([], null), email: null };
    expect(describeHeaderReader(nameless, plans, now)).toMatchObject({ name: "Your account" });
    expect(describeHeaderReader(nameless, plans, now, "fr")).toMatchObject({ name: "Votre compte" });
  });
});

describe("initialsOf", () => {
  it.each([
    ["Ada Lovelace", null, "AL"],
    ["  émile  zola durand ", null, "ÉZ"],
    ["Cher", null, "C"],
    [null, "bob@example.org", "B"],
    [null, null, "?"],
  ])("%s / %s → %s", (name, email, initials) => {
    expect(initialsOf(name, email)).toBe(initials);
  });
});
