/**
 * The parse floor (issue 11): what reading a workbook costs at the least on this machine. Every
 * sheet is inflated as it streams (Node's zlib, as the CLI inflates it) and each cell is found in
 * the bytes: its type, a number parsed from its digits, a shared string looked up by index, an
 * inline string decoded; nothing is kept, no object is made per cell, merged ranges and formats
 * are not looked at, the XML is not checked. The shared-strings part is scanned the same way.
 * Bundled and run by scripts/bench.ts; prints {rows, cells}.
 */
import { RELATIONSHIP, XlsxPackage } from '../../src/adapters/xlsx-package/package';
// Inflated in the reader's chunks: the floor too is faster in 256 KiB chunks than in 64 KiB ones (a million members: 4.27 → 3.93 s).
import { SHEET_CHUNK_BYTES } from '../../src/adapters/xlsx-package/read-parts';

const LT = 0x3c;
const decoder = new TextDecoder();
const text = (b: Uint8Array, s: number, e: number) => {
  if (e - s <= 24) {
    let ascii = true;
    for (let i = s; i < e; i++)
      if (b[i]! >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
  }
  return decoder.decode(b.subarray(s, e));
};
const number = (b: Uint8Array, s: number, e: number) => {
  let n = 0;
  let i = s;
  for (; i < e && b[i]! >= 0x30 && b[i]! <= 0x39; i++) n = n * 10 + b[i]! - 0x30;
  return i === e ? n : parseFloat(text(b, s, e));
};

/** Scans chunks for `<tag ...>` elements; `onElement(bytes, start, end)` gets each one up to its `>`, and the text after it. */
async function scan(chunks: AsyncIterable<Uint8Array>, onTag: (b: Uint8Array, at: number, end: number, textEnd: number) => void): Promise<void> {
  let carry: Uint8Array | undefined;
  for await (const chunk of chunks) {
    let b = chunk;
    if (carry) {
      b = new Uint8Array(carry.length + chunk.length);
      b.set(carry);
      b.set(chunk, carry.length);
    }
    let pos = b.indexOf(LT);
    let done = pos < 0 ? b.length : pos;
    while (pos >= 0) {
      const end = b.indexOf(0x3e, pos);
      const next = end < 0 ? -1 : b.indexOf(LT, end);
      if (next < 0) break;
      onTag(b, pos, end, next);
      done = next;
      pos = next;
    }
    carry = b.subarray(done).slice();
  }
}

const pkg = await XlsxPackage.open(process.argv[2]!);
const shared: string[] = [];
const sharedPart = pkg.workbookPartOfType(RELATIONSHIP.sharedStrings);
if (sharedPart) {
  await scan(pkg.inflated(sharedPart, SHEET_CHUNK_BYTES), (b, at, end, textEnd) => {
    if (b[at + 1] === 0x74 && (b[at + 2] === 0x3e || b[at + 2] === 0x20)) shared.push(text(b, end + 1, textEnd));
  });
}
let rows = 0;
let cells = 0;
let sum = 0;
let chars = 0;
for (const { part } of pkg.sheets) {
  let type = 0;
  await scan(pkg.inflated(part, SHEET_CHUNK_BYTES), (b, at, end, textEnd) => {
    const c = b[at + 1]!;
    if (c === 0x63 && b[at + 2] === 0x20) {
      // <c ... t="x">: the type's first letter.
      cells++;
      type = 0;
      // 0x73 "s" (a shared string's index) unless "str"; 0x69 "inlineStr"; 0x62, 0x65 booleans and errors; 0 numbers.
      for (let i = at + 3; i < end - 3; i++)
        if (b[i] === 0x74 && b[i + 1] === 0x3d) {
          type = b[i + 3] === 0x73 && b[i + 4] === 0x74 ? 1 : b[i + 3]!;
          break;
        }
    } else if (c === 0x76 && b[at + 2] === 0x3e) {
      if (type === 0x73) chars += shared[number(b, end + 1, textEnd)]?.length ?? 0;
      else if (type === 0) sum += number(b, end + 1, textEnd);
      else chars += text(b, end + 1, textEnd).length;
    } else if (c === 0x74 && b[at + 2] === 0x3e) chars += text(b, end + 1, textEnd).length;
    else if (c === 0x72 && b[at + 2] === 0x6f) rows++;
  });
}
await pkg.close();
console.log(JSON.stringify({ rows, cells, sum, chars }));
