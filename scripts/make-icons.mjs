#!/usr/bin/env node
/**
 * Draws the Claimlens mark (a magnifying lens over a highlighted line) and writes
 * static/icons/{16,32,48,128}.png. Pure Node: shapes are signed-distance functions,
 * so every size is drawn sharp and anti-aliased rather than scaled from one bitmap;
 * the PNG encoder is the few lines the format needs (IHDR, IDAT via zlib, IEND).
 *   node scripts/make-icons.mjs
 */
import { deflateSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 128];
const INK = [0x1e, 0x3a, 0x5f]; // navy: ring and handle
const MARK = [0xff, 0xd3, 0x3d]; // highlighter yellow: the lens glass
const LINE = [0x1e, 0x3a, 0x5f]; // text lines seen through the lens
const PAPER = [0xf7, 0xf9, 0xfc];
/** Text lines behind the glass: vertical offset from the centre and half-length, as fractions of the size. */
const TEXT_LINES = [[-0.14, 0.13], [0, 0.17], [0.14, 0.11]];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks need it (ISO 3309 polynomial). */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type+data. */
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Encodes an RGBA image (width*height*4 bytes, not premultiplied) as a PNG file.
 * Every row uses filter 0 (none); zlib does the rest.
 */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10–12: compression, filter, interlace methods, all 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0;
    rgba.copy(raw, row + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from point p to segment a–b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Pixel coverage of a shape from its signed distance in pixels (negative inside). */
const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d));

/** Paints colour `rgb` with opacity `a` over the pixel at offset i (source-over). */
function blend(img, i, rgb, a) {
  if (a <= 0) return;
  const da = img[i + 3] / 255;
  const oa = a + da * (1 - a);
  for (let k = 0; k < 3; k++) img[i + k] = Math.round((rgb[k] * a + img[i + k] * da * (1 - a)) / oa);
  img[i + 3] = Math.round(oa * 255);
}

/** Draws the mark at `size` pixels square; returns RGBA bytes. */
export function drawMark(size) {
  const img = Buffer.alloc(size * size * 4);
  const s = size;
  // Strokes never thinner than ~1.5 px, so the 16 px icon still reads as a lens.
  const ring = Math.max(0.085 * s, 1.5);
  const cx = 0.41 * s;
  const cy = 0.41 * s;
  const outer = 0.34 * s;
  const handle = Math.max(0.075 * s, 1.6);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const i = (y * s + x) * 4;
      const r = Math.hypot(px - cx, py - cy);
      // Glass: white page, a yellow highlighted band, thin text lines (only where they fit).
      const inside = coverage(r - (outer - ring / 2));
      if (s < 32) blend(img, i, MARK, inside);
      else {
        blend(img, i, PAPER, inside);
        blend(img, i, MARK, inside * coverage(Math.abs(py - cy) - 0.09 * s));
        for (const [dy, half] of TEXT_LINES) {
          const d = Math.max(Math.abs(py - (cy + dy * s)) - 0.022 * s, Math.abs(px - cx) - half * s);
          blend(img, i, LINE, coverage(d) * coverage(r - (outer - ring)) * 0.8);
        }
      }
      // Ring and handle.
      blend(img, i, INK, coverage(Math.abs(r - (outer - ring / 2)) - ring / 2));
      const hx0 = cx + (outer - ring * 0.3) * Math.SQRT1_2;
      const hy0 = cy + (outer - ring * 0.3) * Math.SQRT1_2;
      const hEnd = s - handle - 0.04 * s;
      blend(img, i, INK, coverage(segmentDistance(px, py, hx0, hy0, hEnd, hEnd) - handle));
    }
  }
  return img;
}

/** Writes every icon size into `dir`; returns the paths written. */
export async function makeIcons(dir) {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const size of SIZES) {
    const file = join(dir, `${size}.png`);
    await writeFile(file, encodePng(size, size, drawMark(size)));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of await makeIcons(join(root, 'static', 'icons'))) console.log(`wrote ${file}`);
}
