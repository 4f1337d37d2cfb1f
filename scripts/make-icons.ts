/**
 * Draws the add-in's icon (a white check mark on a rounded square in cooperative green) at the
 * sizes manifest.xml asks for, as RGBA PNGs in assets/, encoded with node:zlib alone.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

/** 16, 32 and 80 are the ribbon's required sizes; 32 and 64 are IconUrl and HighResolutionIconUrl. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const GREEN = [0x2e, 0x7d, 0x32] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
/** In units of the icon's side. */
const MARGIN = 0.04;
const RADIUS = 0.2;
const CHECK: readonly (readonly [number, number])[] = [
  [0.27, 0.53],
  [0.43, 0.69],
  [0.74, 0.35],
];
const STROKE = 0.12;
/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLE = 4;

function inRoundedSquare(x: number, y: number): boolean {
  const inner = (v: number) => Math.min(Math.max(v, MARGIN + RADIUS), 1 - MARGIN - RADIUS);
  return Math.hypot(x - inner(x), y - inner(y)) <= RADIUS;
}

function distanceToSegment(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onCheck(x: number, y: number): boolean {
  return CHECK.slice(1).some((point, i) => distanceToSegment(x, y, CHECK[i]!, point) <= STROKE / 2);
}

/** Rows of RGBA pixels. */
export function drawIcon(size: number): Uint8Array[] {
  return Array.from({ length: size }, (_, py) => {
    const row = new Uint8Array(size * 4);
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inRoundedSquare(x, y)) continue;
          covered += 1;
          if (onCheck(x, y)) white += 1;
        }
      }
      const share = covered ? white / covered : 0;
      for (let c = 0; c < 3; c += 1) row[px * 4 + c] = Math.round(GREEN[c]! * (1 - share) + WHITE[c]! * share);
      row[px * 4 + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
    return row;
  });
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

export function encodePng(rows: readonly Uint8Array[]): Buffer {
  const width = rows[0]!.length / 4;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(rows.length, 4);
  // Bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  // Each scanline starts with its filter type: 0, none.
  const raw = Buffer.concat(rows.flatMap((row) => [Buffer.from([0]), row]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(assets, `icon-${size}.png`), encodePng(drawIcon(size)));
  console.log(`wrote ${ICON_SIZES.map((size) => `assets/icon-${size}.png`).join(', ')}`);
}
