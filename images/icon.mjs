// Draws images/icon.png, the extension's 128 x 128 icon: "{CE}" in white on a blue-to-teal rounded
// square. Run `node images/icon.mjs` after changing it; the PNG is committed, so packaging needs
// no image tool. Shapes are distance functions, sampled 4 x 4 per pixel for smooth edges.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const STROKE = 5.5;

/** Distance from p to the segment ab. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function polylineDistance(px, py, points) {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, segmentDistance(px, py, ...points[i - 1], ...points[i]));
  return best;
}

const LEFT_BRACE = [[40, 30], [33, 35], [33, 57], [25, 64], [33, 71], [33, 93], [40, 98]];
const RIGHT_BRACE = LEFT_BRACE.map(([x, y]) => [SIZE - x, y]);

function inBackground(x, y) {
  const radius = 26;
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function inLetters(x, y) {
  if (polylineDistance(x, y, LEFT_BRACE) <= STROKE / 2 || polylineDistance(x, y, RIGHT_BRACE) <= STROKE / 2) return true;
  // C: a ring open to the right.
  const ring = Math.abs(Math.hypot(x - 55, y - 64) - 10.5);
  const angle = Math.atan2(y - 64, x - 55);
  if (ring <= STROKE / 2 && Math.abs(angle) > Math.PI / 4) return true;
  // E: a stem and three bars.
  if (x >= 69 && x <= 74 && y >= 52 && y <= 76) return true;
  return x >= 69 && x <= 84 && [[52, 57], [61.5, 66.5], [71, 76]].some(([top, bottom]) => y >= top && y <= bottom);
}

function background(y) {
  const t = y / SIZE;
  return [Math.round(11 + (10 - 11) * t), Math.round(95 + (143 - 95) * t), Math.round(165 + (143 - 165) * t)];
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  pixels[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let inside = 0;
    let white = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        if (!inBackground(px, py)) continue;
        inside++;
        if (inLetters(px, py)) white++;
      }
    }
    const total = SAMPLES * SAMPLES;
    const [r, g, b] = background(y + 0.5);
    const share = inside === 0 ? 0 : white / inside;
    const at = row + 1 + x * 4;
    pixels[at] = Math.round(r + (255 - r) * share);
    pixels[at + 1] = Math.round(g + (255 - g) * share);
    pixels[at + 2] = Math.round(b + (255 - b) * share);
    pixels[at + 3] = Math.round((255 * inside) / total);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
