/**
 * Byte helpers for the parts streamed as Uint8Array in Node and in the browser alike (no Buffer).
 * Searches stay byte searches: a sheet of a million rows is never turned into a string.
 */

export const utf8Encoder = new TextEncoder();
export const utf8Decoder = new TextDecoder('utf-8');

/** ASCII text as bytes (marker strings). */
export const asciiBytes = (text: string): Uint8Array => utf8Encoder.encode(text);

/**
 * Bytes of sheet XML from the rarest to the most common, roughly: a search waits on the needle's
 * rarest byte, so that the native indexOf skips most of the chunk ("<row" waits on "w", not on "<").
 */
const RARE_FIRST = 'whkqjzxygbmulpdfoiaen';

/** A needle with the place of the byte its searches wait on. */
export interface Needle {
  bytes: Uint8Array;
  anchor: number;
}

export function needleOf(text: string): Needle {
  const bytes = asciiBytes(text);
  let anchor = 0;
  let best = Infinity;
  bytes.forEach((byte, i) => {
    const rank = RARE_FIRST.indexOf(String.fromCharCode(byte));
    const score = rank < 0 ? RARE_FIRST.length : rank;
    if (score < best) {
      best = score;
      anchor = i;
    }
  });
  return { bytes, anchor };
}

/** Whether `needle` is in `haystack` at `start`. */
export const matchesAt = (haystack: Uint8Array, needle: Uint8Array, start: number) => {
  for (let j = 0; j < needle.length; j++) if (haystack[start + j] !== needle[j]) return false;
  return true;
};

/** The first place of `needle` in `haystack` at or after `from`, or -1. */
export function indexOfBytes(haystack: Uint8Array, { bytes, anchor }: Needle, from = 0): number {
  const byte = bytes[anchor]!;
  const last = haystack.length - bytes.length + anchor;
  for (let i = haystack.indexOf(byte, Math.max(from, 0) + anchor); i >= 0 && i <= last; i = haystack.indexOf(byte, i + 1)) {
    if (matchesAt(haystack, bytes, i - anchor)) return i - anchor;
  }
  return -1;
}

/** The last place of `needle` in `haystack` that starts before `before`, or -1. */
export function lastIndexOfBytes(haystack: Uint8Array, { bytes, anchor }: Needle, before = haystack.length): number {
  const byte = bytes[anchor]!;
  const start = Math.min(before - 1, haystack.length - bytes.length) + anchor;
  if (start < anchor) return -1;
  for (let i = haystack.lastIndexOf(byte, start); i >= anchor; i = haystack.lastIndexOf(byte, i - 1)) {
    if (matchesAt(haystack, bytes, i - anchor)) return i - anchor;
  }
  return -1;
}

/** `bytes` in views of at most `size` bytes, in order (no copy). */
export function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * Each byte as the character of the same code (ISO-8859-1 exactly, which TextDecoder('latin1') is
 * not: browsers read it as windows-1252), so that a regular expression on a sheet's head can be
 * written back byte for byte whatever its encoding.
 */
export function byteString(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}

/** The longest span shortString takes. */
export const SHORT_STRING_BYTES = 32;

/** One reused array of character codes per length, so that shortString makes no object but its string. */
const CODES_OF_LENGTH: number[][] = Array.from({ length: SHORT_STRING_BYTES + 1 }, (_, length) => new Array<number>(length).fill(0));

/**
 * byteString of bytes[start, end), at most SHORT_STRING_BYTES long, without a view of them: a sheet
 * reader makes a string of a few bytes per cell, and a Node Buffer's subarray is an object each (420 MB
 * of them over a million members; 2.5× slower, scripts/bench and docs/BENCHMARKS.md).
 */
export function shortString(bytes: Uint8Array, start: number, end: number): string {
  const codes = CODES_OF_LENGTH[end - start]!;
  for (let i = 0; i < codes.length; i++) codes[i] = bytes[start + i]!;
  return String.fromCharCode.apply(null, codes);
}

/** The inverse of byteString. */
export function stringBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
