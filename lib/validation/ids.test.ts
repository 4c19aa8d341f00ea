import { describe, expect, it } from "vitest";
import { hasControlCharacters, isPlainText } from "./has-control-characters";
import { isTextId, MAX_SERIAL_ID, parseSerialId, serialIdSchema } from "./ids";

describe("ids from URLs and bodies", () => {
  it("reads serial ids from 1 to 2^31−1 only", () => {
    expect(parseSerialId("1")).toBe(1);
    expect(parseSerialId(String(MAX_SERIAL_ID))).toBe(MAX_SERIAL_ID);
    for (const raw of ["2147483648", "9999999999", "0", "-1", "01", "1.5", "1e3", "1\u0000", "", " 1"]) expect(parseSerialId(raw), raw).toBeNull();
    expect(serialIdSchema.safeParse(MAX_SERIAL_ID + 1).success).toBe(false);
    expect(serialIdSchema.safeParse("7").data).toBe(7);
  });

  it("accepts UUIDs and token-like text ids, nothing with control characters", () => {
    for (const raw of ["00000000-0000-4000-8000-000000000000", "cs_test_AbC-9_x"]) expect(isTextId(raw), raw).toBe(true);
    for (const raw of ["", "a\u0000", "\u0001", "a b", "../x", "x".repeat(101), "é"]) expect(isTextId(raw), JSON.stringify(raw)).toBe(false);
  });
});

describe("control characters", () => {
  it("are found in any string of a body, keys included, but tab and newlines are text", () => {
    expect(hasControlCharacters({ name: "Ann\u0000" })).toBe(true);
    expect(hasControlCharacters({ list: [{ deep: ["ok", "bell\u0007"] }] })).toBe(true);
    expect(hasControlCharacters({ ["k\u001f"]: "v" })).toBe(true);
    expect(hasControlCharacters({ body: "line one\nline two\r\n\tindented", n: 3, none: null })).toBe(false);
    expect(isPlainText("del\u007f")).toBe(false);
    expect(isPlainText("Zoë O'Brien")).toBe(true);
  });
});
