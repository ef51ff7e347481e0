// PNG images made here for the seal upload tests: a red round seal (two rings and a five-pointed
// star on a transparent ground, as an office seal prints), or any size of plain image, encoded
// by hand (zlib + CRC-32) so the tests need no image library.
import zlib from 'node:zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG whose pixel (x, y) is `pixel(x, y)` = [r, g, b, a]. */
export function rgbaPng(width: number, height: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const rows = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const at = y * (1 + width * 4);
    for (let x = 0; x < width; x++) Buffer.from(pixel(x, y)).copy(rows, at + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Inside the five-pointed star of outer radius R centred at the origin (point up)? */
function inStar(x: number, y: number, R: number): boolean {
  const pts = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? R : R * 0.382;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as const;
  });
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A red round seal, `side` pixels square, transparent outside the ink. */
export function sealPng(side = 240): Buffer {
  const c = side / 2;
  const red = [214, 24, 30, 235] as const;
  const clear = [255, 255, 255, 0] as const;
  return rgbaPng(side, side, (x, y) => {
    const [dx, dy] = [x + 0.5 - c, y + 0.5 - c];
    const d = Math.hypot(dx, dy);
    const ring = (d <= c - 2 && d >= c * 0.86) || (d <= c * 0.8 && d >= c * 0.76);
    return ring || inStar(dx, dy, c * 0.42) ? red : clear;
  });
}
