import { describe, expect, it } from 'vitest';
import { SHORT_STRING_BYTES, byteString, indexOfBytes, lastIndexOfBytes, needleOf, shortString, stringBytes } from './bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('byte helpers', () => {
  it('finds a marker as String.indexOf finds it, waiting on its rarest byte', () => {
    const text = '<row r="1"><c r="A1"/></row><rowBreaks/><row r="2"></row></sheetData>';
    for (const marker of ['<row', '</row>', '</sheetData>', 'sheetData', '<', 'r="2"', 'absent']) {
      const needle = needleOf(marker);
      const found: number[] = [];
      for (let at = indexOfBytes(bytes(text), needle); at >= 0; at = indexOfBytes(bytes(text), needle, at + 1)) found.push(at);
      const expected: number[] = [];
      for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) expected.push(at);
      expect(found, marker).toEqual(expected);
      expect(lastIndexOfBytes(bytes(text), needle), marker).toBe(text.lastIndexOf(marker));
    }
    expect(needleOf('<row').anchor).toBe(3);
    // A marker at the very start and the very end, and one cut short by the end.
    expect(indexOfBytes(bytes('<row'), needleOf('<row'))).toBe(0);
    expect(indexOfBytes(bytes('x<ro'), needleOf('<row'))).toBe(-1);
    expect(lastIndexOfBytes(bytes('<row><row'), needleOf('<row'), 5)).toBe(0);
  });

  it('turns every byte into one character and back, 0x80–0x9F included (where windows-1252 would not)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = byteString(all);
    expect(text).toHaveLength(256);
    expect(text.charCodeAt(0x80)).toBe(0x80);
    expect(stringBytes(text)).toEqual(all);
    const large = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    expect(stringBytes(byteString(large))).toEqual(large);
  });

  it('makes a short span into the string byteString gives, whatever span came before (its arrays are reused)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const [start, end] of [
      [0, 0],
      [65, 66],
      [0, SHORT_STRING_BYTES],
      [224, 256],
      [100, 100 + SHORT_STRING_BYTES],
      [3, 5],
      [0, 0],
    ] as const) {
      expect(shortString(all, start, end), `${start}–${end}`).toBe(byteString(all.subarray(start, end)));
    }
    const id = bytes('<v>S000731</v>');
    expect(shortString(id, 3, 10)).toBe('S000731');
    expect(shortString(id, 3, 9)).toBe('S00073');
  });
});
