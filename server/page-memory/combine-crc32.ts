/*
 * CRC-32 of A + B from the CRC-32 of A, the CRC-32 of B and B's length, without B's bytes:
 * zlib's crc32_combine (appending len(B) zero bits is a linear map, applied by squaring its
 * matrix over GF(2)). Node exposes crc32 but not this.
 */

const CRC32_POLYNOMIAL = 0xedb88320;

function timesMatrix(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let v = vector >>> 0, i = 0; v !== 0; v >>>= 1, i++) if (v & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function squareMatrix(square: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = timesMatrix(matrix, matrix[n]!);
}

/** The CRC-32 of two byte runs laid end to end, given each one's CRC-32 and the second's length. */
export function combineCrc32(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  const even = new Uint32Array(32);
  // The operator for one zero bit.
  const odd = new Uint32Array(32);
  odd[0] = CRC32_POLYNOMIAL;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  squareMatrix(even, odd); // two zero bits
  squareMatrix(odd, even); // four zero bits
  let crc = crcA >>> 0;
  // Each pass squares the operator (one zero byte, two, four…) and applies it for each set bit of the length.
  for (let length = lengthB; length > 0; ) {
    squareMatrix(even, odd);
    if (length % 2 === 1) crc = timesMatrix(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    squareMatrix(odd, even);
    if (length % 2 === 1) crc = timesMatrix(odd, crc);
    length = Math.floor(length / 2);
  }
  return (crc ^ crcB) >>> 0;
}
