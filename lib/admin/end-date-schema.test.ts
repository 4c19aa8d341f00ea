import { describe, expect, it } from "vitest";
import { endDateSchema } from "./end-date-schema";

describe("endDateSchema", () => {
  it("a bare day lasts until its end (UTC)", () => {
    expect(endDateSchema.parse("2026-12-31").toISOString()).toBe("2026-12-31T23:59:59.999Z");
  });
  it("a timestamp is kept", () => {
    expect(endDateSchema.parse("2026-12-31T10:00:00Z").toISOString()).toBe("2026-12-31T10:00:00.000Z");
  });
  it("refuses nonsense", () => {
    expect(endDateSchema.safeParse("soon").success).toBe(false);
  });
});
