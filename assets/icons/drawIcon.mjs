#!/usr/bin/env node
// Draws the app icon (icon.png, 512 x 512 RGBA) with no dependencies: a Qingdao hub (gold) with
// the three corridor modes leaving it: sea (blue, low curve), rail (red, straight east) and air
// (white, high arc). Run `node assets/icons/drawIcon.mjs` after changing it; the PNG is committed
// because electron-builder reads it from assets/icons (buildResources) at packaging time.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const pixels = new Float64Array(SIZE * SIZE * 4); // premultiplied-free RGBA, 0..1

function blend(x, y, [r, g, b], alpha) {
  if (alpha <= 0) return;
  const i = (y * SIZE + x) * 4;
  const a = pixels[i + 3];
  const outA = alpha + a * (1 - alpha);
  for (const [k, c] of [
    [0, r],
    [1, g],
    [2, b],
  ]) {
    pixels[i + k] = (c * alpha + pixels[i + k] * a * (1 - alpha)) / outA;
  }
  pixels[i + 3] = outA;
}

const hex = (value) => [1, 3, 5].map((at) => parseInt(value.slice(at, at + 2), 16) / 255);
const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));

function roundedSquareDistance(x, y, inset, radius) {
  const half = SIZE / 2 - inset;
  const qx = Math.abs(x - SIZE / 2) - (half - radius);
  const qy = Math.abs(y - SIZE / 2) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function quadratic(from, control, to, steps = 48) {
  return Array.from({ length: steps + 1 }, (_, s) => {
    const t = s / steps;
    const u = 1 - t;
    return [0, 1].map((k) => u * u * from[k] + 2 * u * t * control[k] + t * t * to[k]);
  });
}

function polylineDistance(px, py, points) {
  let best = Infinity;
  for (let i = 1; i < points.length; i += 1)
    best = Math.min(best, segmentDistance(px, py, points[i - 1], points[i]));
  return best;
}

const hub = [150, 340];
const routes = [
  { color: hex('#38bdf8'), points: quadratic(hub, [300, 470], [420, 380]) }, // sea
  { color: hex('#f87171'), points: quadratic(hub, [290, 300], [430, 250]) }, // rail
  { color: hex('#f8fafc'), points: quadratic(hub, [210, 90], [400, 130]) }, // air
];
const top = hex('#0b1f3a');
const bottom = hex('#0f5870');

for (let y = 0; y < SIZE; y += 1) {
  for (let x = 0; x < SIZE; x += 1) {
    const px = x + 0.5;
    const py = y + 0.5;
    const t = y / (SIZE - 1);
    blend(
      x,
      y,
      top.map((c, k) => c + (bottom[k] - c) * t),
      coverage(roundedSquareDistance(px, py, 16, 96)),
    );
    if (pixels[(y * SIZE + x) * 4 + 3] === 0) continue;
    for (const route of routes) {
      blend(x, y, route.color, coverage(polylineDistance(px, py, route.points) - 13));
      const end = route.points.at(-1);
      blend(x, y, route.color, coverage(Math.hypot(px - end[0], py - end[1]) - 24));
    }
    blend(x, y, hex('#fbbf24'), coverage(Math.hypot(px - hub[0], py - hub[1]) - 46));
    blend(x, y, top, coverage(Math.hypot(px - hub[0], py - hub[1]) - 18));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  for (let x = 0; x < SIZE * 4; x += 1) {
    raw[y * (SIZE * 4 + 1) + 1 + x] = Math.round(pixels[y * SIZE * 4 + x] * 255);
  }
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${SIZE} x ${SIZE}, ${png.length} bytes`);
