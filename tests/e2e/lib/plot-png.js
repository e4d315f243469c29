// A small line chart as a PNG, with no dependency beyond Node's zlib: used by the acceptance test
// to plot validation accuracy per training round (docs/acceptance-accuracy.png).
//
//   import { linePlotPng } from './plot-png.js';
//   writeFileSync('chart.png', linePlotPng([6.6, 11.2, 23.9], { yMax: 100 }));
//
// The y axis runs from 0 to `yMax` with a grid line every `yStep`, labelled with a 3×5 pixel
// font; the x axis has one tick per point, labelled with the point's index (`xStart` first).

import { deflateSync } from 'node:zlib';

const FONT = {
  0: ['111', '101', '101', '101', '111'],
  1: ['010', '110', '010', '010', '111'],
  2: ['111', '001', '111', '100', '111'],
  3: ['111', '001', '111', '001', '111'],
  4: ['101', '101', '111', '001', '001'],
  5: ['111', '100', '111', '001', '111'],
  6: ['111', '100', '111', '101', '111'],
  7: ['111', '001', '001', '001', '001'],
  8: ['111', '101', '111', '101', '111'],
  9: ['111', '101', '111', '001', '111'],
  '%': ['101', '001', '010', '100', '101'],
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode an RGB image (`pixels`: width × height × 3 bytes) as PNG. */
export function encodePng(width, height, pixels) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A line chart of `values` (one point per x step) as PNG bytes. */
export function linePlotPng(values, { width = 640, height = 400, yMax = 100, yStep = 10, xStart = 0 } = {}) {
  const pixels = Buffer.alloc(width * height * 3, 255);
  const set = (x, y, [r, g, b]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (Math.round(y) * width + Math.round(x)) * 3;
    pixels[i] = r;
    pixels[i + 1] = g;
    pixels[i + 2] = b;
  };
  const text = (s, x, y, colour, scale = 2) => {
    let cx = x;
    for (const ch of String(s)) {
      const glyph = FONT[ch];
      if (glyph) {
        glyph.forEach((row, gy) =>
          [...row].forEach((bit, gx) => {
            if (bit !== '1') return;
            for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) set(cx + gx * scale + dx, y + gy * scale + dy, colour);
          }),
        );
      }
      cx += 4 * scale;
    }
  };
  const left = 60;
  const right = width - 20;
  const top = 20;
  const bottom = height - 40;
  const px = (i) => left + ((right - left) * i) / Math.max(1, values.length - 1);
  const py = (v) => bottom - ((bottom - top) * Math.min(Math.max(v, 0), yMax)) / yMax;
  for (let v = 0; v <= yMax; v += yStep) {
    for (let x = left; x <= right; x++) set(x, py(v), v === 0 ? [0, 0, 0] : [220, 220, 220]);
    text(`${v}%`, 8, py(v) - 5, [80, 80, 80]);
  }
  for (let y = top; y <= bottom; y++) set(left, y, [0, 0, 0]);
  values.forEach((_, i) => {
    for (let y = bottom; y <= bottom + 5; y++) set(px(i), y, [0, 0, 0]);
    text(i + xStart, px(i) - 3, bottom + 10, [80, 80, 80]);
  });
  const blue = [31, 90, 200];
  for (let i = 1; i < values.length; i++) {
    const [x0, y0, x1, y1] = [px(i - 1), py(values[i - 1]), px(i), py(values[i])];
    const steps = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      for (let d = -1; d <= 1; d++) set(x, y + d, blue);
    }
  }
  values.forEach((v, i) => {
    for (let dy = -3; dy <= 3; dy++) for (let dx = -3; dx <= 3; dx++) set(px(i) + dx, py(v) + dy, blue);
  });
  return encodePng(width, height, pixels);
}
