import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipFrame, gzipInFrame, gzipWithFrame } from "./gzip-frame";

const page = (n: number) => `<!doctype html><html><head><title>Page ${n}</title></head><body>${"<p>Shared markup, repeated. </p>".repeat(n)}`;

describe("gzipInFrame", () => {
  it("decompresses to exactly prefix + middle + suffix, for many readers of one frame", () => {
    const prefix = Buffer.from(page(200));
    const suffix = Buffer.from(`<script>self.__next_f.push([1,"é ünïcode ✓"])</script>${"</div>".repeat(500)}</body></html>`);
    const frame = gzipFrame(prefix, suffix);
    for (const middle of ["<p>Reader one's full text.</p>".repeat(300), "<aside>Paywall for reader two</aside>", "", "ü✓€".repeat(1000)]) {
      const gz = gzipInFrame(frame, Buffer.from(middle));
      expect(gunzipSync(gz).toString("utf8")).toBe(prefix.toString() + middle + suffix.toString());
    }
  });

  it("is one gzip member a strict decoder accepts (no trailing data), smaller than the page", () => {
    const prefix = Buffer.from(page(300));
    const suffix = Buffer.from(page(300));
    const middle = Buffer.from("<p>middle</p>".repeat(100));
    const gz = gzipInFrame(gzipFrame(prefix, suffix), middle);
    expect(gz.subarray(0, 3)).toEqual(Buffer.from([0x1f, 0x8b, 0x08]));
    // Node's gunzip reads concatenated members too; a single member is what every browser reads.
    expect(gz.lastIndexOf(Buffer.from([0x1f, 0x8b, 0x08]))).toBe(0);
    expect(gunzipSync(gz, { finishFlush: 0 }).length).toBe(prefix.length + middle.length + suffix.length);
    expect(gz.length).toBeLessThan((prefix.length + middle.length + suffix.length) / 5);
  });

  it("handles empty shared parts", () => {
    const gz = gzipInFrame(gzipFrame(Buffer.alloc(0), Buffer.alloc(0)), Buffer.from("only the middle"));
    expect(gunzipSync(gz).toString()).toBe("only the middle");
  });

  it("compresses a whole page once as its own frame: the page, and any other middle in the same frame", () => {
    const prefix = Buffer.from(page(250));
    const middle = Buffer.from("<aside>The anonymous reader's paywall ✓</aside>");
    const suffix = Buffer.from(`<script>self.__next_f.push([1,"ünïcode"])</script>${page(40)}`);
    const { gzip, frame } = gzipWithFrame(prefix, middle, suffix);
    expect(gunzipSync(gzip).toString("utf8")).toBe(prefix.toString() + middle.toString() + suffix.toString());
    expect(gzip.lastIndexOf(Buffer.from([0x1f, 0x8b, 0x08]))).toBe(0);
    // The frame's parts are views into the page's gzip, not copies.
    expect(frame.head.buffer).toBe(gzip.buffer);
    expect(frame.tail.buffer).toBe(gzip.buffer);
    expect(gzipInFrame(frame, middle)).toEqual(gzip);
    const reader = Buffer.from("<p>A member's full text €.</p>".repeat(200));
    expect(gunzipSync(gzipInFrame(frame, reader)).toString("utf8")).toBe(prefix.toString() + reader.toString() + suffix.toString());
  });
});
