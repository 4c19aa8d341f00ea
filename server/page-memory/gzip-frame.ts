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

/**
 * The page prefix + middle + suffix as one gzip member, and its frame, in one pass: the shared
 * page kept in memory is this gzip (what an anonymous reader gets), and a member's page is the
 * same frame around their own middle. The frame's head and tail are views into the gzip, so
 * the frame costs no bytes of its own, and the page is deflated once instead of twice.
 */
export function gzipWithFrame(prefix: Buffer, middle: Buffer, suffix: Buffer): { gzip: Buffer; frame: GzipFrame } {
  const head = Buffer.concat([GZIP_HEADER, deflateRawSync(prefix, { finishFlush: constants.Z_FULL_FLUSH })]);
  const deflatedMiddle = deflateRawSync(middle, { finishFlush: constants.Z_FULL_FLUSH });
  const tail = deflateRawSync(suffix);
  const prefixCrc = continueCrc(prefix, 0);
  const suffixCrc = continueCrc(suffix, 0);
  const gzip = Buffer.concat([head, deflatedMiddle, tail, trailerOf(prefixCrc, prefix.length, middle, suffixCrc, suffix.length)]);
  const tailAt = head.length + deflatedMiddle.length;
  return {
    gzip,
    frame: {
      head: gzip.subarray(0, head.length),
      tail: gzip.subarray(tailAt, tailAt + tail.length),
      prefixCrc,
      prefixBytes: prefix.length,
      suffixCrc,
      suffixBytes: suffix.length,
    },
  };
}

/** The whole page as one gzip member: the frame with `middle` (deflated now) inside. */
export function gzipInFrame(frame: GzipFrame, middle: Buffer): Buffer {
  const deflated = deflateRawSync(middle, { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([frame.head, deflated, frame.tail, trailerOf(frame.prefixCrc, frame.prefixBytes, middle, frame.suffixCrc, frame.suffixBytes)]);
}

/** The gzip trailer of prefix + middle + suffix: CRC-32 and length of the whole. */
function trailerOf(prefixCrc: number, prefixBytes: number, middle: Buffer, suffixCrc: number, suffixBytes: number): Buffer {
  const crc = combineCrc32(continueCrc(middle, prefixCrc), suffixCrc, suffixBytes);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  // ISIZE: the uncompressed length modulo 2^32.
  trailer.writeUInt32LE((prefixBytes + middle.length + suffixBytes) % 0x1_0000_0000, 4);
  return trailer;
}

/** CRC-32 of `data` continued from `crc` (Node 20's crc32 answers 0 for empty data whatever the start). */
function continueCrc(data: Buffer, crc: number): number {
  return data.length === 0 ? crc : crc32(data, crc);
}
