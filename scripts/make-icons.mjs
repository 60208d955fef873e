// Draws the toolbar/store icon (a lens over a page) at every store size, as PNGs in public/icon/.
// Run with `node scripts/make-icons.mjs`; the output is committed, so builds need nothing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          acc = acc.map((v, i) => v + p[i] * (i === 3 ? 1 : p[3]));
        }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const page = [250, 250, 247, 1];
const ink = [30, 41, 59, 1];
const lens = [11, 87, 208, 1];
const none = [0, 0, 0, 0];
function icon(x, y) {
  const dx = x - 0.42, dy = y - 0.42, r = Math.hypot(dx, dy);
  // handle
  const hx = x - 0.8, hy = y - 0.8, along = (hx + hy) / Math.SQRT2, across = (hx - hy) / Math.SQRT2;
  if (Math.abs(across) < 0.075 && along > -0.16 && along < 0.12) return ink;
  if (r < 0.36 && r > 0.28) return lens;
  if (r <= 0.28) {
    // text lines seen through the lens
    const line = Math.floor((y - 0.2) / 0.1);
    const inLine = (y - 0.2) % 0.1 < 0.045 && line >= 0 && line < 5;
    return inLine && x > 0.2 && x < 0.66 - (line === 4 ? 0.18 : 0) ? ink : page;
  }
  return none;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size, icon));
}
console.log('icons written');
