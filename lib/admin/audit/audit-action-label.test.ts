import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./audit-action-label";

describe("auditActionLabel", () => {
  it("keeps the recorded code in English", () => {
    expect(auditActionLabel("member.set-level", "en")).toBe("member.set-level");
    expect(auditActionLabel("organisation.seat.invite", "en")).toBe("organisation.seat.invite");
  });

  it("names the action in French", () => {
    expect(auditActionLabel("member.set-level", "fr")).toBe("membre : niveau fixé");
    expect(auditActionLabel("organisation.seat.invite", "fr")).toBe("organisation : place proposée");
  });

  it("shows an action the catalogue does not know as recorded", () => {
    expect(auditActionLabel("newsletter.send-test", "fr")).toBe("newsletter.send-test");
    expect(auditActionLabel("organisation.seat", "fr")).toBe("organisation.seat");
  });
});
