import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { combineCrc32 } from "./combine-crc32";

const crcOf = (b: Buffer) => (b.length === 0 ? 0 : crc32(b));

describe("combineCrc32", () => {
  it("equals the CRC-32 of the two runs laid end to end", () => {
    const runs = [Buffer.alloc(0), Buffer.from("a"), Buffer.from("<p>é ünïcode ✓</p>".repeat(37)), Buffer.alloc(70_001, 0x5a), Buffer.from("x".repeat(1 << 16))];
    for (const a of runs) {
      for (const b of runs) expect(combineCrc32(crcOf(a), crcOf(b), b.length), `${a.length}+${b.length}`).toBe(crcOf(Buffer.concat([a, b])));
    }
  });
});
