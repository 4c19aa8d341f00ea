import { constants, crc32, deflateRawSync } from "node:zlib";
import { combineCrc32 } from "./combine-crc32";

/*
 * A page whose middle changes per reader, compressed without compressing the rest again:
 * the shared beginning and end are deflated once (the beginning ending on a full flush,
 * so it refers to nothing after it), the reader's middle is deflated on its own (also
 * ending on a full flush), and the three are laid end to end inside one gzip member with
 * the CRC-32 and length of the whole. One ordinary gzip stream (RFC 1951/1952): every
 * decoder reads it, and it decompresses to exactly prefix + middle + suffix.
 */

/** The shared parts of a page, compressed once. */
export interface GzipFrame {
  /** The gzip header and the deflated prefix (non-final blocks, byte-aligned). */
  head: Buffer;
  /** The deflated suffix, ending with the final block. */
  tail: Buffer;
  prefixCrc: number;
  prefixBytes: number;
  suffixCrc: number;
  suffixBytes: number;
}

// ID1 ID2, deflate, no flags, no mtime, default compression, Unix.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);

export function gzipFrame(prefix: Buffer, suffix: Buffer): GzipFrame {
  return {
    head: Buffer.concat([GZIP_HEADER, deflateRawSync(prefix, { finishFlush: constants.Z_FULL_FLUSH })]),
    tail: deflateRawSync(suffix),
    prefixCrc: continueCrc(prefix, 0),
    prefixBytes: prefix.length,
    // Only the suffix's CRC is kept, not its bytes (most of an article page: its flight data), for
    // every page a member read; the whole page's CRC is combined from the three.
    suffixCrc: continueCrc(suffix, 0),
    suffixBytes: suffix.length,
  };
}

/** The whole page as one gzip member: the frame with `middle` (deflated now) inside. */
export function gzipInFrame(frame: GzipFrame, middle: Buffer): Buffer {
  const deflated = deflateRawSync(middle, { finishFlush: constants.Z_FULL_FLUSH });
  const crc = combineCrc32(continueCrc(middle, frame.prefixCrc), frame.suffixCrc, frame.suffixBytes);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  // ISIZE: the uncompressed length modulo 2^32.
  trailer.writeUInt32LE((frame.prefixBytes + middle.length + frame.suffixBytes) % 0x1_0000_0000, 4);
  return Buffer.concat([frame.head, deflated, frame.tail, trailer]);
}

/** CRC-32 of `data` continued from `crc` (Node 20's crc32 answers 0 for empty data whatever the start). */
function continueCrc(data: Buffer, crc: number): number {
  return data.length === 0 ? crc : crc32(data, crc);
}
