import { describe, expect, it } from "vitest";
import { describeRequirement, formatCcap } from "./describe-requirement";

const LABELS = ["Free account", "Reader", "Premium", "Patron", "Founder"];

describe("describeRequirement", () => {
  it.each([
    [{ level: 1, ccaps: [] }, "en", "Subscribers — Level 1 “Reader”"],
    [{ level: 0, ccaps: [] }, "en", "Free account — Level 0 “Free account”"],
    [{ level: 2, ccaps: ["dossier_libya", "pdf-edition"] }, "en", "Subscribers — Level 2 “Premium” with access to Dossier libya, Pdf edition"],
    [{ level: null, ccaps: ["dossier_libya"] }, "en", "with access to Dossier libya"],
    [{ level: null, ccaps: [] }, "en", ""],
    [{ level: 1, ccaps: [] }, "fr", "Abonnés — niveau 1 « Reader »"],
    [{ level: 0, ccaps: [] }, "fr", "Compte gratuit — niveau 0 « Free account »"],
    [{ level: 2, ccaps: ["dossier_libya"] }, "fr", "Abonnés — niveau 2 « Premium » avec accès à Dossier libya"],
  ] as const)("%j in %s", (requirement, locale, expected) => {
    expect(describeRequirement({ level: requirement.level, ccaps: [...requirement.ccaps] }, LABELS, locale)).toBe(expected);
  });

  it("names a level without a label by its number, in the site's language", () => {
    expect(describeRequirement({ level: 3, ccaps: [] }, ["Free", "Reader"])).toBe("Subscribers — Level 3 “Level 3”");
    expect(describeRequirement({ level: 3, ccaps: [] }, ["Free", "Reader"], "fr")).toBe("Abonnés — niveau 3 « Niveau 3 »");
  });

  it("English is the default", () => {
    expect(describeRequirement({ level: 1, ccaps: [] }, LABELS)).toBe(describeRequirement({ level: 1, ccaps: [] }, LABELS, "en"));
  });

  it("formats a capability name for readers", () => {
    expect(formatCcap("dossier_libya")).toBe("Dossier libya");
  });
});
