// Regenerates color.png (192×192) and outline.png (32×32, white on transparent), the two icons Teams requires.
// Run once with `npx tsx adapters/teams/appPackage/makeIcons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of `size`×`size` whose pixels come from `paint`. */
export function png(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // colour type: RGBA
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4); // each row starts with filter byte 0
    for (let x = 0; x < size; x++) raw.set(paint(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of a "V" for Vigie drawn with strokes `width` wide, in a unit square scaled to `size`. */
function vee(x: number, y: number, size: number, width: number): number {
  const s = size;
  const cx = x + 0.5;
  const cy = y + 0.5;
  const d = Math.min(toSegment(cx, cy, 0.25 * s, 0.25 * s, 0.5 * s, 0.76 * s), toSegment(cx, cy, 0.75 * s, 0.25 * s, 0.5 * s, 0.76 * s));
  return Math.max(0, Math.min(1, width / 2 - d + 0.5));
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const navy: Rgba = [0x1f, 0x4e, 0x8c, 255];
  const color = png(192, (x, y) => {
    const a = vee(x, y, 192, 26);
    return [Math.round(navy[0] + (255 - navy[0]) * a), Math.round(navy[1] + (255 - navy[1]) * a), Math.round(navy[2] + (255 - navy[2]) * a), 255];
  });
  const outline = png(32, (x, y) => [255, 255, 255, Math.round(255 * vee(x, y, 32, 5))]);
  writeFileSync(join(here, 'color.png'), color);
  writeFileSync(join(here, 'outline.png'), outline);
  process.stdout.write('wrote color.png (192×192) and outline.png (32×32)\n');
}
