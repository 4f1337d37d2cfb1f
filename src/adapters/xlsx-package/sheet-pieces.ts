/**
 * A large worksheet deflated beforehand in pieces cut at row starts, so that the checked copy
 * redoes only the pieces holding a row to flag: the CLI deflates them while the checker thread
 * reads and checks, and the copy then inflates, patches and deflates again a few pieces instead of
 * the whole sheet. The pieces are independent DEFLATE streams ended on a byte boundary (as pigz
 * joins them), so the copy's bytes inflate to exactly what a patch of the whole sheet gives.
 */
import { byteString, concatBytes, indexOfBytes, matchesAt, needleOf } from './bytes';
import { findSheetData, isNameEnd, rowNumberAt, tagEndAt } from './sheet-patch';
import type { WorkbookPackage } from './parts';
import type { DeflatedPiece, PieceCodec, ZipCodec } from './zip-archive';

/** A codec that makes pieces (Node's zlib). */
export type PiecesCodec = Pick<ZipCodec, 'crc32'> & { pieces: PieceCodec };

export interface SheetPieces {
  /** Up to and with the sheetData start tag, inflated. */
  head: Uint8Array;
  pieces: SheetPiece[];
  /** From the sheetData end tag on, inflated. */
  tail: Uint8Array;
}

export interface SheetPiece extends DeflatedPiece {
  /** The piece holds the rows after the previous piece's lastRow, up to and with this one. */
  lastRow: number;
}

/**
 * About a thousand pieces a sheet, of 64 KiB to 1 MiB: 50 flagged rows redo about 5 % of a sheet,
 * and pieces this large deflate within 1 % of one stream.
 */
export const PIECES_PER_SHEET = 1024;
const MIN_PIECE_BYTES = 64 << 10;
const MAX_PIECE_BYTES = 1 << 20;
export const pieceBytesOf = (sheetBytes: number) => Math.min(MAX_PIECE_BYTES, Math.max(MIN_PIECE_BYTES, Math.ceil(sheetBytes / PIECES_PER_SHEET)));

/**
 * The worksheet cut into pieces of about `pieceBytes`, each deflated by `deflatePiece`; undefined
 * for a sheet the pieces cannot serve: no rows, a row without its number, or rows out of order
 * (a patch must see every row then).
 */
export async function cutSheet(
  xml: AsyncIterable<Uint8Array>,
  codec: PiecesCodec,
  level: number,
  pieceBytes: number,
  inFlight = 1,
): Promise<SheetPieces | undefined> {
  const deflating: Promise<SheetPiece>[] = [];
  let lastRow = 0;
  let rowsInPiece = 0;
  // A piece is the views of the chunks it spans, not a copy: joining each chunk to what was left of the one
  // before took the CLI's thread 0.5 s at a million members, in fresh memory, beside the checker thread.
  let piece: Uint8Array[] = [];
  let pieceSize = 0;
  const add = (bytes: Uint8Array) => {
    if (!bytes.length) return;
    piece.push(bytes);
    pieceSize += bytes.length;
  };
  /** Ends the piece at the rows read so far: it is deflated, the next starts empty. */
  const cut = async () => {
    const parts = piece;
    const size = pieceSize;
    const pieceLastRow = lastRow;
    piece = [];
    pieceSize = 0;
    rowsInPiece = 0;
    let crc = 0;
    for (const part of parts) crc = codec.crc32(part, crc);
    const deflated = codec.pieces.deflatePiece(parts, level).then((bytes) => ({ deflated: bytes, crc, size, lastRow: pieceLastRow }));
    deflated.catch(() => undefined);
    deflating.push(deflated);
    if (deflating.length > inFlight) await deflating[deflating.length - 1 - inFlight];
  };
  let head: Uint8Array | undefined;
  let rowStart = needleOf('<row');
  let sheetDataEnd = needleOf('</sheetData>');
  const tail: Uint8Array[] = [];

  /** The tag at `at` (up to `tagEnd`): the end of the rows, a row start (its number), another tag, or undefined for a row the pieces cannot serve. */
  const tagAt = (bytes: Uint8Array, at: number, tagEnd: number): 'end' | 'other' | number | undefined => {
    if (matchesAt(bytes, sheetDataEnd.bytes, at)) return rowsInPiece ? 'end' : undefined;
    if (!matchesAt(bytes, rowStart.bytes, at) || !isNameEnd(bytes[at + rowStart.bytes.length])) return 'other';
    const rowNumber = rowNumberAt(bytes, at, tagEnd);
    return rowNumber === undefined || rowNumber <= lastRow ? undefined : rowNumber;
  };
  /** Whether the piece ends before a tag of this kind, `preceding` bytes after what the piece holds: at the end of the rows, or at a row once it is large enough. */
  const endsBefore = (kind: 'end' | 'other' | number, preceding: number) =>
    kind === 'end' || (kind !== 'other' && rowsInPiece > 0 && pieceSize + preceding >= pieceBytes);
  const rowRead = (kind: 'end' | 'other' | number) => {
    if (typeof kind !== 'number') return;
    lastRow = kind;
    rowsInPiece++;
  };

  /** A tag the last chunk ended in, not yet whole (a few bytes); before the sheetData tag, every chunk so far. */
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of xml) {
    if (tail.length) {
      tail.push(chunk);
      continue;
    }
    let bytes = chunk;
    // Where the scan goes on in `bytes`, and where what is not yet in the piece starts.
    let at = 0;
    let pieceStart = 0;
    if (!head) {
      bytes = carry.length ? concatBytes([carry, chunk]) : chunk;
      const found = findSheetData(bytes, 0);
      const tagEnd = found ? tagEndAt(bytes, found.at) : -1;
      if (!found || tagEnd < 0) {
        carry = bytes;
        continue;
      }
      if (bytes[tagEnd - 1] === 0x2f) return undefined;
      head = bytes.slice(0, tagEnd + 1);
      rowStart = needleOf(`<${found.prefix}row`);
      sheetDataEnd = needleOf(`</${found.prefix}sheetData>`);
      at = pieceStart = tagEnd + 1;
    } else if (carry.length) {
      // The tag cut between the two chunks, read from the carry joined to as much of this chunk as ends it.
      let bridge = carry;
      let tagEnd = -1;
      for (let take = 256; tagEnd < 0; take *= 2) {
        bridge = concatBytes([carry, chunk.subarray(0, take)]);
        tagEnd = tagEndAt(bridge, 0);
        if (take >= chunk.length) break;
      }
      if (tagEnd < 0) {
        carry = bridge;
        continue;
      }
      const kind = tagAt(bridge, 0, tagEnd);
      if (kind === undefined) return undefined;
      if (endsBefore(kind, 0)) await cut();
      if (kind === 'end') {
        tail.push(carry, chunk);
        continue;
      }
      rowRead(kind);
      add(carry);
      at = tagEnd + 1 - carry.length;
    }
    carry = new Uint8Array(0);
    // Searched once per chunk: no row holds the end tag (its text is escaped).
    const end = indexOfBytes(bytes, sheetDataEnd, at);
    for (;;) {
      const rowAt = indexOfBytes(bytes, rowStart, at);
      const next = end >= 0 && (rowAt < 0 || end < rowAt) ? end : rowAt;
      if (next < 0) break;
      const tagEnd = tagEndAt(bytes, next);
      if (tagEnd < 0) break;
      const kind = tagAt(bytes, next, tagEnd);
      if (kind === undefined) return undefined;
      if (endsBefore(kind, next - pieceStart)) {
        add(bytes.subarray(pieceStart, next));
        pieceStart = next;
        await cut();
      }
      if (kind === 'end') {
        tail.push(bytes.subarray(next));
        break;
      }
      rowRead(kind);
      at = tagEnd + 1;
    }
    if (tail.length) continue;
    // The chunk's last tag, when it is not whole, waits for the next chunk; the rest goes to the piece.
    const lastTag = bytes.lastIndexOf(LT);
    const carried = lastTag >= at && tagEndAt(bytes, lastTag) < 0 ? lastTag : bytes.length;
    add(bytes.subarray(pieceStart, carried));
    carry = bytes.subarray(carried);
  }
  if (!head || !tail.length) return undefined;
  return { head, pieces: await Promise.all(deflating), tail: concatBytes(tail) };
}

/** The pieces holding a row of `rows` (sorted), by index; a row after the last piece is in none. */
export function piecesWithRows(sheet: SheetPieces, rows: readonly number[]): Set<number> {
  const touched = new Set<number>();
  let piece = 0;
  for (const row of rows) {
    while (piece < sheet.pieces.length && sheet.pieces[piece]!.lastRow < row) piece++;
    if (piece === sheet.pieces.length) break;
    touched.add(piece);
  }
  return touched;
}

/**
 * The worksheet as a patch reads it: the `touched` pieces inflated, every other piece a comment
 * naming it (the patch passes comments between rows through), for joinPieces to put back.
 */
export async function* piecedSheetXml(
  sheet: SheetPieces,
  touched: ReadonlySet<number>,
  inflatePiece: (piece: SheetPiece) => Uint8Array,
  marker: PieceMarker,
): AsyncGenerator<Uint8Array> {
  yield sheet.head;
  for (let i = 0; i < sheet.pieces.length; i++) yield touched.has(i) ? inflatePiece(sheet.pieces[i]!) : marker.of(i);
  yield sheet.tail;
}

/** The comment standing for a piece; the nonce keeps a user's own comment from ever being taken for one. */
export class PieceMarker {
  private readonly opening: string;
  constructor() {
    const nonce = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
    this.opening = `<!--coopcheck-piece:${nonce}:`;
  }
  of(index: number): Uint8Array {
    return needleOf(`${this.opening}${index}-->`).bytes;
  }
  get openingNeedle() {
    return needleOf(this.opening);
  }
}

/** Where the end of `bytes` (from `from` on) begins a marker cut short, else `bytes.length`. */
function markerStartAtEnd(bytes: Uint8Array, opening: Uint8Array, from: number): number {
  for (let at = Math.max(from, bytes.length - opening.length + 1); at < bytes.length; at++) {
    if (bytes[at] === LT && matchesAt(bytes, opening.subarray(0, bytes.length - at), at)) return at;
  }
  return bytes.length;
}

const COMMENT_END = needleOf('-->');
const LT = 0x3c;

/** The patched sheet with each marker replaced by its piece, deflated as it was. */
export async function* joinPieces(patched: AsyncIterable<Uint8Array>, sheet: SheetPieces, marker: PieceMarker): AsyncGenerator<Uint8Array | DeflatedPiece> {
  const opening = marker.openingNeedle;
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of patched) {
    const buffer = carry.length ? concatBytes([carry, chunk]) : chunk;
    let at = 0;
    let kept = -1;
    for (;;) {
      const found = indexOfBytes(buffer, opening, at);
      if (found < 0) break;
      const close = indexOfBytes(buffer, COMMENT_END, found + opening.bytes.length);
      if (close < 0) {
        kept = found;
        break;
      }
      if (found > at) yield buffer.subarray(at, found);
      yield sheet.pieces[Number(byteString(buffer.subarray(found + opening.bytes.length, close)))]!;
      at = close + COMMENT_END.bytes.length;
    }
    // A marker may be cut in two between chunks: the bytes that start one wait for the next chunk. Only those: keeping
    // the last bytes whatever they were joined every chunk to them, a copy of all the patched pieces in fresh memory.
    if (kept < 0) kept = markerStartAtEnd(buffer, opening.bytes, at);
    if (kept > at) yield buffer.subarray(at, kept);
    carry = buffer.slice(kept);
  }
  if (carry.length) yield carry;
}

/**
 * Sheets smaller than this are patched whole: at 50,000 members (an 18 MB register) preparing the
 * pieces cost more than they saved the copy (docs/BENCHMARKS.md).
 */
export const LARGE_SHEET_BYTES = 32 << 20;
const CUT_CHUNK_BYTES = 1 << 20;

/**
 * Whether a reader going through the sheets in workbook order, now at the sheet named `reading`, has left
 * the first large sheet behind: its pieces can be cut while the sheets after it are read.
 */
export function readPastFirstLargeSheet(pkg: WorkbookPackage, reading: string): boolean {
  const first = pkg.sheets.findIndex((sheet) => isLarge(pkg, sheet.part));
  return first >= 0 && pkg.sheets.findIndex((sheet) => sheet.name === reading) > first;
}

/** A sheet inflated to LARGE_SHEET_BYTES or more: deflated in pieces. */
const isLarge = (pkg: WorkbookPackage, part: string) => (pkg.zip.entries.get(part)?.size ?? 0) >= LARGE_SHEET_BYTES;

/**
 * The workbook's large sheets deflated in pieces, one sheet after the other, by part. A sheet that
 * cannot be cut (or is damaged: the copy then reads it whole and says so) gives undefined.
 * `inFlight`: pieces deflating at once on the thread pool; the CLI leaves the checker thread a core.
 */
export function deflateLargeSheets(pkg: WorkbookPackage, codec: PiecesCodec, level: number, inFlight = 1): Map<string, Promise<SheetPieces | undefined>> {
  const prepared = new Map<string, Promise<SheetPieces | undefined>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const sheet of pkg.sheets) {
    if (!isLarge(pkg, sheet.part)) continue;
    const size = pkg.zip.entries.get(sheet.part)!.size;
    const pieces = previous.then(() => cutSheet(pkg.inflated(sheet.part, CUT_CHUNK_BYTES), codec, level, pieceBytesOf(size), inFlight)).catch(() => undefined);
    prepared.set(sheet.part, pieces);
    previous = pieces;
  }
  return prepared;
}
