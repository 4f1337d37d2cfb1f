/**
 * A large worksheet deflated beforehand in pieces cut at row starts, so that the checked copy
 * redoes only the pieces holding a row to flag: the CLI deflates them while the checker thread
 * reads and checks, and the copy then inflates, patches and deflates again a few pieces instead of
 * the whole sheet. The pieces are independent DEFLATE streams ended on a byte boundary (as pigz
 * joins them), so the copy's bytes inflate to exactly what a patch of the whole sheet gives.
 */
import { byteString, concatBytes, indexOfBytes, needleOf } from './bytes';
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
  const cut = async (data: Uint8Array, lastRow: number) => {
    const crc = codec.crc32(data);
    const piece = codec.pieces.deflatePiece(data, level).then((deflated) => ({ deflated, crc, size: data.length, lastRow }));
    piece.catch(() => undefined);
    deflating.push(piece);
    if (deflating.length > inFlight) await deflating[deflating.length - 1 - inFlight];
  };
  let buffer: Uint8Array = new Uint8Array(0);
  let head: Uint8Array | undefined;
  let rowStart = needleOf('<row');
  let sheetDataEnd = needleOf('</sheetData>');
  const tail: Uint8Array[] = [];
  // Offsets in `buffer`: where the current piece starts and where the scan goes on.
  let pieceStart = 0;
  let at = 0;
  let lastRow = 0;
  let rowsInPiece = 0;
  for await (const chunk of xml) {
    if (tail.length) {
      tail.push(chunk);
      continue;
    }
    buffer = buffer.length ? concatBytes([buffer, chunk]) : chunk;
    if (!head) {
      const found = findSheetData(buffer, 0);
      const tagEnd = found ? tagEndAt(buffer, found.at) : -1;
      if (!found || tagEnd < 0) continue;
      if (buffer[tagEnd - 1] === 0x2f) return undefined;
      head = buffer.slice(0, tagEnd + 1);
      rowStart = needleOf(`<${found.prefix}row`);
      sheetDataEnd = needleOf(`</${found.prefix}sheetData>`);
      pieceStart = at = tagEnd + 1;
    }
    // Searched once per chunk: no row holds the end tag (its text is escaped).
    const end = indexOfBytes(buffer, sheetDataEnd, at);
    for (;;) {
      const rowAt = indexOfBytes(buffer, rowStart, at);
      if (end >= 0 && (rowAt < 0 || end < rowAt)) {
        if (!rowsInPiece) return undefined;
        await cut(buffer.subarray(pieceStart, end), lastRow);
        tail.push(buffer.subarray(end));
        break;
      }
      if (rowAt < 0 || rowAt + rowStart.bytes.length >= buffer.length) break;
      if (!isNameEnd(buffer[rowAt + rowStart.bytes.length])) {
        at = rowAt + 1;
        continue;
      }
      const tagEnd = tagEndAt(buffer, rowAt);
      if (tagEnd < 0) break;
      const rowNumber = rowNumberAt(buffer, rowAt, tagEnd);
      if (rowNumber === undefined || rowNumber <= lastRow) return undefined;
      if (rowsInPiece && rowAt - pieceStart >= pieceBytes) {
        await cut(buffer.subarray(pieceStart, rowAt), lastRow);
        pieceStart = rowAt;
        rowsInPiece = 0;
      }
      lastRow = rowNumber;
      rowsInPiece++;
      at = tagEnd + 1;
    }
    if (tail.length) continue;
    // What the scan has passed stays only from the current piece's start. Views, not copies: a buffer is
    // never written once read (each chunk and each join is new memory), and copying every piece twice more
    // took the CLI's thread 0.5 s at a million members, which the copy then waited for (docs/BENCHMARKS.md).
    buffer = buffer.subarray(pieceStart);
    at -= pieceStart;
    pieceStart = 0;
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

const COMMENT_END = needleOf('-->');

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
    // A marker may be cut in two between chunks: the bytes that could start one wait for the next chunk.
    if (kept < 0) kept = Math.max(at, buffer.length - opening.bytes.length + 1);
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
 * The workbook's large sheets deflated in pieces, one sheet after the other, by part. A sheet that
 * cannot be cut (or is damaged: the copy then reads it whole and says so) gives undefined.
 * `inFlight`: pieces deflating at once on the thread pool; the CLI leaves the checker thread a core.
 */
export function deflateLargeSheets(pkg: WorkbookPackage, codec: PiecesCodec, level: number, inFlight = 1): Map<string, Promise<SheetPieces | undefined>> {
  const prepared = new Map<string, Promise<SheetPieces | undefined>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const sheet of pkg.sheets) {
    const size = pkg.zip.entries.get(sheet.part)?.size ?? 0;
    if (size < LARGE_SHEET_BYTES) continue;
    const pieces = previous.then(() => cutSheet(pkg.inflated(sheet.part, CUT_CHUNK_BYTES), codec, level, pieceBytesOf(size), inFlight)).catch(() => undefined);
    prepared.set(sheet.part, pieces);
    previous = pieces;
  }
  return prepared;
}
