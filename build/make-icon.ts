/**
 * Draws build/icon.png (512×512): a red rounded square with a white report page, text lines and a small table.
 * `npx tsx build/make-icon.ts` — committed output, regenerated only when the design changes. No image library:
 * shapes are sampled 4×4 per pixel for smooth edges and written as an RGBA PNG with zlib.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
type RGBA = readonly [number, number, number, number];
const RED: RGBA = [183, 28, 28, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const INK: RGBA = [120, 120, 120, 255];
const TABLE: RGBA = [183, 28, 28, 255];

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0: number, y0: number, x1: number, y1: number) => (x: number, y: number) =>
  x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** Painted in order; later shapes cover earlier ones. */
const layers: [(x: number, y: number) => boolean, RGBA][] = [
  [roundedRect(16, 16, 496, 496, 96), RED],
  [roundedRect(120, 72, 392, 440, 20), WHITE],
  ...[0, 1, 2].map((i): [(x: number, y: number) => boolean, RGBA] => [
    rect(160, 124 + i * 40, i === 2 ? 300 : 352, 140 + i * 40),
    INK,
  ]),
  // The table: outer frame and grid lines.
  ...[0, 1, 2, 3].map((i): [(x: number, y: number) => boolean, RGBA] => [
    rect(160, 264 + i * 40, 352, 272 + i * 40),
    TABLE,
  ]),
  ...[0, 1, 2, 3].map((i): [(x: number, y: number) => boolean, RGBA] => [
    rect(160 + i * 62, 264, 168 + i * 62, 392),
    TABLE,
  ]),
];

function pixel(px: number, py: number): [number, number, number, number] {
  const acc = [0, 0, 0, 0];
  const n = 4;
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const x = px + (sx + 0.5) / n;
      const y = py + (sy + 0.5) / n;
      let c: RGBA = [0, 0, 0, 0];
      for (const [inside, colour] of layers) if (inside(x, y)) c = colour;
      for (let k = 0; k < 4; k++) acc[k]! += k < 3 ? c[k]! * c[3]! : c[3]!;
    }
  }
  const alpha = acc[3]!;
  if (alpha === 0) return [0, 0, 0, 0];
  return [acc[0]! / alpha, acc[1]! / alpha, acc[2]! / alpha, alpha / (n * n)].map(Math.round) as [
    number,
    number,
    number,
    number,
  ];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), y * (SIZE * 4 + 1) + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png'), png);
