import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { drawMark, encodePng } from '../../scripts/make-icons.mjs';
import { decodePng } from './png';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const alphaAt = (rgba: Buffer, size: number, x: number, y: number) => rgba[(y * size + x) * 4 + 3]!;

describe('encodePng', () => {
  test('round-trips an image through a standard decoder, with valid chunk CRCs', () => {
    const width = 3;
    const height = 2;
    const rgba = Buffer.from(Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256));
    const png = decodePng(encodePng(width, height, rgba));
    expect(png).toMatchObject({ width, height, bitDepth: 8, colourType: 6, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    expect(png.rgba.equals(rgba)).toBe(true);
  });
});

describe('the lens mark', () => {
  test.each([16, 32, 48, 128])('at %i px: transparent corners, an opaque lens and handle', (size) => {
    const rgba = drawMark(size);
    expect(rgba.length).toBe(size * size * 4);
    expect(alphaAt(rgba, size, 0, 0)).toBe(0);
    expect(alphaAt(rgba, size, size - 1, 0)).toBe(0);
    expect(alphaAt(rgba, size, 0, size - 1)).toBe(0);
    // Centre of the lens (41% across) is the glass; the handle reaches towards the bottom-right.
    expect(alphaAt(rgba, size, Math.floor(size * 0.41), Math.floor(size * 0.41))).toBe(255);
    expect(alphaAt(rgba, size, Math.floor(size * 0.8), Math.floor(size * 0.8))).toBe(255);
  });

  test.each([16, 32, 48, 128])('static/icons/%i.png is the committed drawing at that size', async (size) => {
    const png = decodePng(await readFile(join(ROOT, 'static', 'icons', `${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.rgba.equals(drawMark(size))).toBe(true);
  });
});
